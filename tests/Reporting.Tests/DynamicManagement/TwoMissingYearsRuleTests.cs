using AlliancePlatform.Reporting.Domain;

namespace AlliancePlatform.Reporting.Tests.DynamicManagement;

/// <summary>连续2年不履行年度报告提交义务 (Art 17-2): detected once, and only for consecutive years.</summary>
public class TwoMissingYearsRuleTests
{
    private static ReportingYear Missing(int year) => new(year, ReportingStatus.Missing, null, false);
    private static ReportingYear OnTime(int year) => new(year, ReportingStatus.SubmittedOnTime, AnnualReportState.Accepted, true);
    private static ReportingYear Late(int year) => new(year, ReportingStatus.SubmittedLate, AnnualReportState.Submitted, false);

    [Fact]
    public void Art17_2_TwoConsecutiveMissingYears_AreDetectedOnce()
    {
        List<ReportingYear> history = [OnTime(2025), Missing(2026), Missing(2027)];

        var pair = Assert.Single(TwoMissingYearsRule.Detect(history, []));
        Assert.Equal(new MissingYearsPair(2026, 2027), pair);
        Assert.Equal("2026-2027", pair.Key);

        Assert.Empty(TwoMissingYearsRule.Detect(history, [pair]));
    }

    [Fact]
    public void Art17_2_TwoMissingYearsNotConsecutive_AreNothing() =>
        Assert.Empty(TwoMissingYearsRule.Detect([Missing(2025), OnTime(2026), Missing(2027)], []));

    [Fact]
    public void Art17_2_AMissingYearSubmittedLateBeforeTheNextWentMissing_BreaksTheRun() =>
        Assert.Empty(TwoMissingYearsRule.Detect([Late(2026), Missing(2027)], []));

    [Fact]
    public void Art17_2_AYearNotOwed_BreaksTheRun() =>
        Assert.Empty(TwoMissingYearsRule.Detect([Missing(2025), Missing(2027)], []));

    [Fact]
    public void Art17_2_ThreeMissingYearsInARow_RaiseOnce_FourRaiseTwice()
    {
        var raised = new List<MissingYearsPair>();
        raised.AddRange(TwoMissingYearsRule.Detect([Missing(2025), Missing(2026)], raised));
        raised.AddRange(TwoMissingYearsRule.Detect([Missing(2025), Missing(2026), Missing(2027)], raised));
        Assert.Equal([new MissingYearsPair(2025, 2026)], raised);

        raised.AddRange(TwoMissingYearsRule.Detect([Missing(2025), Missing(2026), Missing(2027), Missing(2028)], raised));
        Assert.Equal([new MissingYearsPair(2025, 2026), new MissingYearsPair(2027, 2028)], raised);
    }
}
