using System.Text.Json;
using System.Text.Json.Serialization;
using AlliancePlatform.Filing.Domain;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Tests.Revocation;

public class RevocationCaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 10, 0, 0, ChinaTime.Offset);
    private static readonly DateOnly FiledOn = new(2026, 3, 2);
    private const string Official = "admin-division-official-7";
    private const string SpecificGrounds = "联盟理事长单位已注销，联盟长期无法召开理事会，无法履行联盟职能。";

    private readonly FiledAlliance _filed = FiledAlliance.File(
        Guid.CreateVersion7(), Guid.CreateVersion7(), Register.FiledAllianceTests.Listing, FilingNumber.For(2026, 3), DocumentNumber.For(2026, 5), FiledOn, Now.AddMonths(-3));

    [Fact]
    public void Art17_Causes_AreExactlyTheFiveItemsOfArticle17()
    {
        Assert.Equal(
            [RevocationCause.LawViolation, RevocationCause.RefusedAssessmentOrTwoYearsNoReport, RevocationCause.NotOperatingPerCharter,
             RevocationCause.DissolutionRequested, RevocationCause.Other],
            Enum.GetValues<RevocationCause>());
        Assert.Equal(
            ["Art 17-1", "Art 17-2", "Art 17-3", "Art 17-4", "Art 17-5"],
            Enum.GetValues<RevocationCause>().Select(RevocationRules.ArticleOf));
    }

    [Fact]
    public void Art17_CausesAndSources_AreWrittenAsTheDomainNamesThem()
    {
        var options = new JsonSerializerOptions { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) } };

        Assert.Equal(
            ["law_violation", "refused_assessment_or_two_years_no_report", "not_operating_per_charter", "dissolution_requested", "other"],
            Enum.GetValues<RevocationCause>().Select(c => JsonSerializer.Serialize(c, options).Trim('"')));
        Assert.Equal(
            ["admin_division", "reporting_two_years_missing", "evaluation_assessment_refused", "evaluation_repeated_grade_d", "membership_dissolution"],
            Enum.GetValues<RevocationCaseSource>().Select(c => JsonSerializer.Serialize(c, options).Trim('"')));
        Assert.Equal(
            ["open", "revoked", "dismissed"],
            Enum.GetValues<RevocationCaseStatus>().Select(c => JsonSerializer.Serialize(c, options).Trim('"')));
    }

    [Theory]
    [InlineData(RevocationCause.LawViolation, "经查，联盟秘书处依托单位以联盟名义违规收取会费。")]
    [InlineData(RevocationCause.RefusedAssessmentOrTwoYearsNoReport, "拒不参加考核")]
    [InlineData(RevocationCause.NotOperatingPerCharter, "三年未开展活动")]
    [InlineData(RevocationCause.DissolutionRequested, "理事会决议解散")]
    [InlineData(RevocationCause.Other, SpecificGrounds)]
    public void Art17_OpenByAdmin_OnAnyCause_OpensACase(RevocationCause cause, string grounds)
    {
        var opened = RevocationCase.OpenByAdmin(_filed, cause, $"  {grounds}  ", $" {Official} ", Now);

        Assert.Equal(7, opened.Id.Version);
        Assert.Equal((_filed.AllianceId, _filed.Id), (opened.AllianceId, opened.FiledAllianceId));
        Assert.Equal((cause, RevocationCaseSource.AdminDivision, (string?)null), (opened.Cause, opened.Source, opened.SourceReference));
        Assert.Equal((grounds, Now, Official), (opened.Grounds, opened.OpenedAt, opened.OpenedBy));
        Assert.Equal(RevocationCaseStatus.Open, opened.Status);
        Assert.True(opened.IsOpen);
        Assert.Null(opened.DecidedAt);
        Assert.Null(opened.DecidedBy);
        Assert.Null(opened.DecisionReason);
    }

    [Fact]
    public void Art17_1_OpenByAdmin_ForALawViolation_IsOpenedUnderItem1()
    {
        var opened = RevocationCase.OpenByAdmin(_filed, RevocationCause.LawViolation, "市场监管部门行政处罚决定书（黑市监罚〔2026〕8号）", Official, Now);

        Assert.Equal("Art 17-1", RevocationRules.ArticleOf(opened.Cause));
    }

    [Theory]
    [InlineData(RevocationCause.LawViolation, null)]
    [InlineData(RevocationCause.NotOperatingPerCharter, "")]
    [InlineData(RevocationCause.DissolutionRequested, "  \n ")]
    [InlineData(RevocationCause.Other, "   ")]
    public void Art17_OpenByAdmin_WithoutGrounds_IsRefused(RevocationCause cause, string? grounds) =>
        AssertRefused(() => RevocationCase.OpenByAdmin(_filed, cause, grounds, Official, Now), "revocation.grounds_required", "Art 17");

    [Fact]
    public void Art17_5_OpenByAdmin_OtherWithGroundsUnderTenCharacters_IsRefused() =>
        AssertRefused(
            () => RevocationCase.OpenByAdmin(_filed, RevocationCause.Other, "  其他需要取消的情况 ", Official, Now),
            "revocation.other_grounds_too_short", "Art 17-5");

    [Fact]
    public void Art17_5_OpenByAdmin_OtherWithGroundsOfExactlyTenCharacters_IsAccepted() =>
        Assert.Equal("联盟已无法正常运行了", RevocationCase.OpenByAdmin(_filed, RevocationCause.Other, "联盟已无法正常运行了", Official, Now).Grounds);

    [Fact]
    public void Art17_3_OpenByAdmin_ShortGroundsOnANamedCause_AreEnough() =>
        Assert.Equal("章程未履行", RevocationCase.OpenByAdmin(_filed, RevocationCause.NotOperatingPerCharter, "章程未履行", Official, Now).Grounds);

    [Fact]
    public void Art17_OpenByAdmin_GroundsOverTheLimit_AreRefused() =>
        AssertRefused(
            () => RevocationCase.OpenByAdmin(_filed, RevocationCause.LawViolation, new string('违', RevocationRules.GroundsMaxLength + 1), Official, Now),
            "revocation.grounds_too_long", "Art 17");

    [Fact]
    public void Art17_OpenByAdmin_OnARevokedFiling_IsAConflict()
    {
        _filed.Revoke(Guid.CreateVersion7(), FiledOn.AddDays(10));

        AssertRefused(() => RevocationCase.OpenByAdmin(_filed, RevocationCause.LawViolation, SpecificGrounds, Official, Now),
            "revocation.not_listed", "Art 17", RuleKind.Conflict);
    }

    [Fact]
    public void Art17_OpenByAdmin_OnAYellowCardedFiling_IsAllowed()
    {
        _filed.IssueYellowCard(FiledOn.AddDays(30), Now);

        Assert.True(RevocationCase.OpenByAdmin(_filed, RevocationCause.NotOperatingPerCharter, SpecificGrounds, Official, Now).IsOpen);
    }

    [Theory]
    [InlineData(RevocationCaseSource.ReportingTwoYearsMissing, RevocationCause.RefusedAssessmentOrTwoYearsNoReport)]
    [InlineData(RevocationCaseSource.EvaluationAssessmentRefused, RevocationCause.RefusedAssessmentOrTwoYearsNoReport)]
    [InlineData(RevocationCaseSource.EvaluationRepeatedGradeD, RevocationCause.Other)]
    [InlineData(RevocationCaseSource.MembershipDissolution, RevocationCause.DissolutionRequested)]
    public void Art17_OpenAutomatically_TakesTheCauseFromTheSource(RevocationCaseSource source, RevocationCause cause)
    {
        var opened = RevocationCase.OpenAutomatically(_filed, source, " msg-0193a7 ", Now);

        Assert.Equal((cause, source, "msg-0193a7"), (opened.Cause, opened.Source, opened.SourceReference));
        Assert.Equal((RevocationRules.SystemActor, Now, RevocationCaseStatus.Open), (opened.OpenedBy, opened.OpenedAt, opened.Status));
        Assert.Equal(cause, RevocationRules.CauseFor(source));
    }

    [Fact]
    public void Art17_2_OpenAutomatically_TwoYearsWithoutAReport_CitesItem2InBothLanguages()
    {
        var opened = RevocationCase.OpenAutomatically(_filed, RevocationCaseSource.ReportingTwoYearsMissing, "2024-2025", Now);

        Assert.Equal(RevocationCause.RefusedAssessmentOrTwoYearsNoReport, opened.Cause);
        Assert.Contains("连续2年未履行年度报告提交义务", opened.Grounds, StringComparison.Ordinal);
        Assert.Contains("第十七条第（二）项", opened.Grounds, StringComparison.Ordinal);
        Assert.Contains("Art 17-2", opened.Grounds, StringComparison.Ordinal);
        Assert.Contains("2024-2025", opened.Grounds, StringComparison.Ordinal);
    }

    [Fact]
    public void Art17_2_OpenAutomatically_RefusedAssessment_CitesItem2AndArticle21()
    {
        var opened = RevocationCase.OpenAutomatically(_filed, RevocationCaseSource.EvaluationAssessmentRefused, "campaign-2026", Now);

        Assert.Equal(RevocationCause.RefusedAssessmentOrTwoYearsNoReport, opened.Cause);
        Assert.Contains("拒不参加考核", opened.Grounds, StringComparison.Ordinal);
        Assert.Contains("Art 21, Art 17-2", opened.Grounds, StringComparison.Ordinal);
    }

    [Fact]
    public void Art17_4_OpenAutomatically_DissolutionRequested_CitesItem4()
    {
        var opened = RevocationCase.OpenAutomatically(_filed, RevocationCaseSource.MembershipDissolution, "msg-dissolve-1", Now);

        Assert.Equal(RevocationCause.DissolutionRequested, opened.Cause);
        Assert.Contains("申请提出解散（第十七条第（四）项）", opened.Grounds, StringComparison.Ordinal);
        Assert.Contains("Art 17-4", opened.Grounds, StringComparison.Ordinal);
    }

    [Fact]
    public void Art17_5_OpenAutomatically_RepeatedGradeD_IsOtherWithGroundsNamingArticle23()
    {
        var opened = RevocationCase.OpenAutomatically(_filed, RevocationCaseSource.EvaluationRepeatedGradeD, "campaigns 2025, 2026", Now);

        Assert.Equal(RevocationCause.Other, opened.Cause);
        Assert.Contains("第二十三条", opened.Grounds, StringComparison.Ordinal);
        Assert.Contains("Art 23", opened.Grounds, StringComparison.Ordinal);
        Assert.Contains("Art 17-5", opened.Grounds, StringComparison.Ordinal);
        Assert.True(opened.Grounds.Length >= RevocationRules.OtherGroundsMinLength);
    }

    [Fact]
    public void Art17_OpenAutomatically_FromTheAdminDivision_IsAProgrammingError() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RevocationCase.OpenAutomatically(_filed, RevocationCaseSource.AdminDivision, "x", Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Art17_OpenAutomatically_WithoutAReference_IsAProgrammingError(string? reference) =>
        Assert.ThrowsAny<ArgumentException>(() => RevocationCase.OpenAutomatically(_filed, RevocationCaseSource.MembershipDissolution, reference!, Now));

    [Fact]
    public void Art17_OpenAutomatically_OnARevokedFiling_IsAConflict()
    {
        _filed.Revoke(Guid.CreateVersion7(), FiledOn);

        AssertRefused(() => RevocationCase.OpenAutomatically(_filed, RevocationCaseSource.MembershipDissolution, "msg-1", Now),
            "revocation.not_listed", "Art 17", RuleKind.Conflict);
    }

    [Fact]
    public void Art17_Decide_Revoke_RecordsWhoWhenAndWhy()
    {
        var opened = AdminCase();
        var later = Now.AddDays(3);

        opened.Decide($" {Official} ", revoke: true, " 厅会议审议通过 ", later);

        Assert.Equal((RevocationCaseStatus.Revoked, later, Official, "厅会议审议通过"), (opened.Status, opened.DecidedAt, opened.DecidedBy, opened.DecisionReason));
        Assert.False(opened.IsOpen);
    }

    [Fact]
    public void Art17_Decide_Dismiss_LeavesTheCaseDismissed()
    {
        var opened = AdminCase();

        opened.Decide(Official, revoke: false, "联盟已整改到位", Now);

        Assert.Equal(RevocationCaseStatus.Dismissed, opened.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Art17_Decide_WithoutAReason_IsRefused(string? reason)
    {
        var opened = AdminCase();

        AssertRefused(() => opened.Decide(Official, revoke: true, reason, Now), "revocation.reason_required", "Art 17");
        Assert.True(opened.IsOpen);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Art17_Decide_WhenAlreadyDecided_IsAConflict(bool firstDecision)
    {
        var opened = AdminCase();
        opened.Decide(Official, firstDecision, "第一次决定", Now);

        AssertRefused(() => opened.Decide(Official, !firstDecision, "改变决定", Now.AddDays(1)), "revocation.already_decided", "Art 17", RuleKind.Conflict);
        Assert.Equal("第一次决定", opened.DecisionReason);
    }

    [Fact]
    public void Art17_Decide_WithTheFiling_RevokesItOnTheDecisionDateInChina()
    {
        var opened = AdminCase();
        var lateEveningUtc = new DateTimeOffset(2026, 7, 1, 17, 0, 0, TimeSpan.Zero);

        opened.Decide(_filed, Official, revoke: true, "厅会议审议通过", lateEveningUtc);

        Assert.Equal(RevocationCaseStatus.Revoked, opened.Status);
        Assert.Equal((RegisterStatus.Revoked, new DateOnly(2026, 7, 2), opened.Id), (_filed.Status, _filed.RevokedOn, _filed.RevocationCaseId));
    }

    [Fact]
    public void Art17_Decide_WithTheFiling_DismissedLeavesTheFilingAsItWas()
    {
        var opened = AdminCase();
        _filed.IssueYellowCard(FiledOn.AddDays(30), Now);

        opened.Decide(_filed, Official, revoke: false, "联盟已整改到位", Now);

        Assert.Equal(RegisterStatus.YellowCarded, _filed.Status);
    }

    [Fact]
    public void Art17_Decide_WithAFilingAlreadyRevoked_IsAConflictAndLeavesTheCaseOpen()
    {
        var opened = AdminCase();
        _filed.Revoke(Guid.CreateVersion7(), FiledOn);

        AssertRefused(() => opened.Decide(_filed, Official, revoke: true, "厅会议审议通过", Now), "register.already_revoked", "Art 17", RuleKind.Conflict);
        Assert.True(opened.IsOpen);
    }

    [Fact]
    public void Art17_Decide_WithAnotherAlliancesFiling_IsAProgrammingError()
    {
        var other = FiledAlliance.File(Guid.CreateVersion7(), Guid.CreateVersion7(), Register.FiledAllianceTests.Listing, FilingNumber.For(2026, 4), DocumentNumber.For(2026, 5), FiledOn, Now);

        Assert.Throws<ArgumentException>(() => AdminCase().Decide(other, Official, revoke: true, "厅会议审议通过", Now));
        Assert.True(other.IsListedAsActive);
    }

    private RevocationCase AdminCase() => RevocationCase.OpenByAdmin(_filed, RevocationCause.LawViolation, SpecificGrounds, Official, Now);

    private static void AssertRefused(Action act, string code, string article, RuleKind kind = RuleKind.Unprocessable)
    {
        var broken = Assert.Throws<RuleViolationException>(act);
        Assert.Equal((code, article, kind), (broken.Violation.Code, broken.Violation.Article, broken.Violation.Kind));
    }
}
