using AlliancePlatform.Portal.Features.Register;

namespace AlliancePlatform.Portal.Tests;

public class RegisterQueryTests
{
    [Fact]
    public void EveryCriterion_GoesIntoTheQuery_Escaped_AndBlankOnesAreLeftOut()
    {
        var query = new RegisterQuery { Name = " 新材料 & 装备 ", Field = "new_materials", Region = "2301", Status = "", Grade = "A", Page = 3 };

        Assert.Equal(
            "/api/public/register?page=3&pageSize=20&name=%E6%96%B0%E6%9D%90%E6%96%99%20%26%20%E8%A3%85%E5%A4%87&field=new_materials&region=2301&grade=A",
            query.ToPathAndQuery());
    }

    [Theory]
    [InlineData("23", true)]
    [InlineData("230102", true)]
    [InlineData("2", false)]
    [InlineData("2301020", false)]
    [InlineData("23a1", false)]
    public void ARegion_IsTwoToSixDigits(string region, bool valid) => Assert.Equal(valid, new RegisterQuery { Region = region }.IsValid);
}
