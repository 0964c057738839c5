using AlliancePlatform.Reporting.Domain;

namespace AlliancePlatform.Reporting.Tests;

public class ChinaTimeTests
{
    [Fact]
    public void DateOf_FourPmUtc_IsAlreadyTheNextDayInChina() =>
        Assert.Equal(new DateOnly(2027, 2, 1), ChinaTime.DateOf(new DateTimeOffset(2027, 1, 31, 16, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void StartAndEndOf_AreMidnightsInChina()
    {
        Assert.Equal(new DateTimeOffset(2027, 1, 30, 16, 0, 0, TimeSpan.Zero), ChinaTime.StartOf(new DateOnly(2027, 1, 31)));
        Assert.Equal(new DateTimeOffset(2027, 1, 31, 16, 0, 0, TimeSpan.Zero), ChinaTime.EndOf(new DateOnly(2027, 1, 31)));
    }
}
