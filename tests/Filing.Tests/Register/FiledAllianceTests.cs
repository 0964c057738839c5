using System.Text.Json;
using System.Text.Json.Serialization;
using AlliancePlatform.Filing.Domain;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Tests.Register;

public class FiledAllianceTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 10, 0, 0, ChinaTime.Offset);
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static readonly DateTimeOffset DecidedAt = Now.AddHours(1);
    private static readonly Guid AllianceId = Guid.CreateVersion7();
    private static readonly Guid ApplicationId = Guid.CreateVersion7();
    private static readonly Guid CaseId = Guid.CreateVersion7();
    internal static readonly AllianceListing Listing = new("黑龙江省石墨新材料产业技术创新联盟", "new_materials", "230100", "哈尔滨某石墨科技有限公司");

    [Fact]
    public void Art11_8_File_MakesAnActiveRegisterEntry()
    {
        var filed = NewEntry();

        Assert.NotEqual(Guid.Empty, filed.Id);
        Assert.Equal(7, filed.Id.Version);
        Assert.Equal((AllianceId, ApplicationId), (filed.AllianceId, filed.ApplicationId));
        Assert.Equal(("HLJCXLM-2026-0012", "黑科发〔2026〕12号"), (filed.FilingNumber, filed.DocumentNumber));
        Assert.Equal((Today, Now), (filed.FiledOn, filed.FiledAt));
        Assert.Equal(RegisterStatus.Active, filed.Status);
        Assert.True(filed.IsListedAsActive);
        Assert.Null(filed.YellowCardedSince);
        Assert.Null(filed.RevokedOn);
        Assert.Equal(Listing, new AllianceListing(filed.Name, filed.IndustryField, filed.Region, filed.ChairUnit));
        Assert.Null(filed.RevocationCaseId);
    }

    [Fact]
    public void Art11_8_File_DatedTomorrowInChina_IsRefused()
    {
        var broken = Assert.Throws<RuleViolationException>(() => NewEntry(filedOn: Today.AddDays(1)));
        Assert.Equal("register.filed_on_in_future", broken.Violation.Code);
    }

    [Fact]
    public void Art11_8_File_TodayInChinaWhileStillYesterdayInUtc_IsAccepted() =>
        NewEntry(filedOn: new DateOnly(2026, 7, 1), now: new DateTimeOffset(2026, 6, 30, 16, 30, 0, TimeSpan.Zero));

    [Fact]
    public void Art11_8_File_WithoutAllianceOrApplication_IsAProgrammingError()
    {
        Assert.Throws<ArgumentException>(() => FiledAlliance.File(Guid.Empty, ApplicationId, Listing, FilingNumber.For(2026, 1), DocumentNumber.For(2026, 1), Today, Now));
        Assert.Throws<ArgumentException>(() => FiledAlliance.File(AllianceId, Guid.Empty, Listing, FilingNumber.For(2026, 1), DocumentNumber.For(2026, 1), Today, Now));
    }

    [Fact]
    public void Art14_IssueYellowCard_OnAnActiveEntry_MarksItAndStaysListed()
    {
        var filed = NewEntry();

        Assert.True(filed.IssueYellowCard(Today, DecidedAt));

        Assert.Equal((RegisterStatus.YellowCarded, Today), (filed.Status, filed.YellowCardedSince));
        Assert.True(filed.IsListedAsActive);
    }

    [Fact]
    public void Art14_IssueYellowCard_WhileYellowCarded_IsANoOpKeepingTheFirstDate()
    {
        var filed = NewEntry();
        filed.IssueYellowCard(Today, DecidedAt);

        Assert.False(filed.IssueYellowCard(Today.AddDays(30), DecidedAt.AddDays(30)));

        Assert.Equal((RegisterStatus.YellowCarded, Today), (filed.Status, filed.YellowCardedSince));
    }

    [Fact]
    public void Art14_LiftYellowCard_ReturnsTheEntryToActive()
    {
        var filed = NewEntry();
        filed.IssueYellowCard(Today, DecidedAt);

        Assert.True(filed.LiftYellowCard(DecidedAt.AddDays(60)));

        Assert.Equal(RegisterStatus.Active, filed.Status);
        Assert.Null(filed.YellowCardedSince);
    }

    [Fact]
    public void Art14_LiftYellowCard_WithoutOne_IsANoOp()
    {
        var filed = NewEntry();

        Assert.False(filed.LiftYellowCard(DecidedAt.AddDays(60)));
        Assert.Equal(RegisterStatus.Active, filed.Status);
    }

    [Fact]
    public void Art14_YellowCardEvents_AfterRevocation_ChangeNothing()
    {
        var filed = NewEntry();
        filed.Revoke(CaseId, Today);

        Assert.False(filed.IssueYellowCard(Today, DecidedAt));
        Assert.False(filed.LiftYellowCard(DecidedAt.AddDays(60)));
        Assert.Equal(RegisterStatus.Revoked, filed.Status);
        Assert.Null(filed.YellowCardedSince);
    }

    [Fact]
    public void Art17_Revoke_AnActiveEntry_TakesItOffTheRegister()
    {
        var filed = NewEntry();

        filed.Revoke(CaseId, Today.AddDays(1));

        Assert.Equal((RegisterStatus.Revoked, Today.AddDays(1), CaseId), (filed.Status, filed.RevokedOn, filed.RevocationCaseId));
        Assert.False(filed.IsListedAsActive);
    }

    [Fact]
    public void Art17_Revoke_AYellowCardedEntry_RevokesItAndClearsTheCard()
    {
        var filed = NewEntry();
        filed.IssueYellowCard(Today, DecidedAt);

        filed.Revoke(CaseId, Today);

        Assert.Equal(RegisterStatus.Revoked, filed.Status);
        Assert.Null(filed.YellowCardedSince);
    }

    [Fact]
    public void Art17_Revoke_WhenAlreadyRevoked_IsRefused()
    {
        var filed = NewEntry();
        filed.Revoke(CaseId, Today);

        var broken = Assert.Throws<RuleViolationException>(() => filed.Revoke(Guid.CreateVersion7(), Today));

        Assert.Equal(("register.already_revoked", "Art 17", RuleKind.Conflict), (broken.Violation.Code, broken.Violation.Article, broken.Violation.Kind));
        Assert.Equal(CaseId, filed.RevocationCaseId);
    }

    [Fact]
    public void Art17_Revoke_DatedBeforeTheFiling_IsRefused()
    {
        var filed = NewEntry();

        var broken = Assert.Throws<RuleViolationException>(() => filed.Revoke(CaseId, Today.AddDays(-1)));

        Assert.Equal("register.revoked_before_filed", broken.Violation.Code);
        Assert.Equal(RegisterStatus.Active, filed.Status);
    }

    [Fact]
    public void Art17_Revoke_WithoutACase_IsAProgrammingError() =>
        Assert.Throws<ArgumentException>(() => NewEntry().Revoke(Guid.Empty, Today));

    [Fact]
    public void Art14_RegisterStatus_IsWrittenAsTheDomainNamesIt() =>
        Assert.Equal(
            ["\"active\"", "\"yellow_carded\"", "\"revoked\""],
            Enum.GetValues<RegisterStatus>().Select(s => JsonSerializer.Serialize(s, SnakeCaseEnums)));

    private static readonly JsonSerializerOptions SnakeCaseEnums = new() { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) } };

    internal static FiledAlliance NewEntry(DateOnly? filedOn = null, DateTimeOffset? now = null) =>
        FiledAlliance.File(AllianceId, ApplicationId, Listing, FilingNumber.For(2026, 12), DocumentNumber.For(2026, 12), filedOn ?? Today, now ?? Now);

    [Fact]
    public void Art14_AYellowCardDecisionArrivingAfterALaterLift_IsIgnored()
    {
        var filed = FiledAlliance.File(AllianceId, ApplicationId, Listing, FilingNumber.For(2026, 1), DocumentNumber.For(2026, 1), Today, Now);
        filed.IssueYellowCard(Today, DecidedAt);
        filed.LiftYellowCard(DecidedAt.AddDays(60));

        Assert.False(filed.IssueYellowCard(Today, DecidedAt.AddDays(30)));

        Assert.Equal(RegisterStatus.Active, filed.Status);
    }

    [Fact]
    public void Art11_8_Relist_ShowsTheAllianceAsMembershipNowDescribesIt()
    {
        var filed = NewEntry();
        var renamed = new AllianceListing("黑龙江省石墨烯产业技术创新联盟", "new_materials", "230600", "大庆某新材料有限公司");

        filed.Relist(renamed);

        Assert.Equal(renamed, new AllianceListing(filed.Name, filed.IndustryField, filed.Region, filed.ChairUnit));
        Assert.Equal(RegisterStatus.Active, filed.Status);
    }

    [Fact]
    public void Art23_ShowGrade_ShowsTheLatestPublishedGrade_AndIgnoresAnOlderOneArrivingLate()
    {
        var filed = NewEntry();

        Assert.True(filed.ShowGrade("B", 2026, DecidedAt));
        Assert.True(filed.ShowGrade("A", 2027, DecidedAt.AddYears(1)));
        Assert.False(filed.ShowGrade("D", 2026, DecidedAt));
        Assert.False(filed.ShowGrade("A", 2027, DecidedAt.AddYears(1)));

        Assert.Equal(("A", 2027), (filed.LatestGrade, filed.LatestGradeYear));
        Assert.Throws<ArgumentException>(() => filed.ShowGrade("E", 2028, DecidedAt.AddYears(2)));
    }
}
