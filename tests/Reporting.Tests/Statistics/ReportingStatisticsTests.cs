using AlliancePlatform.Reporting.Domain;
using static AlliancePlatform.Reporting.Tests.ReportingTestData;

namespace AlliancePlatform.Reporting.Tests.Statistics;

/// <summary>A year's statistics for the administration (Art 13): statuses derived from dates, totals of accepted reports.</summary>
public class ReportingStatisticsTests
{
    private static readonly ReportingDeadline Deadline = ReportingDeadline.Default;
    private static readonly Guid OnTime = Guid.Parse("0196a000-0000-7000-8000-000000000011");
    private static readonly Guid Late = Guid.Parse("0196a000-0000-7000-8000-000000000012");
    private static readonly Guid Missing = Guid.Parse("0196a000-0000-7000-8000-000000000013");
    private static readonly Guid FiledThisYear = Guid.Parse("0196a000-0000-7000-8000-000000000014");
    private static readonly Guid InDraft = Guid.Parse("0196a000-0000-7000-8000-000000000015");

    private static readonly ReportingAlliance[] Alliances =
    [
        .. new[] { OnTime, Late, Missing, InDraft }.Select(id => ReportingAlliance.Filed(id, new DateOnly(2025, 6, 1), China(2025, 6, 1))),
        ReportingAlliance.Filed(FiledThisYear, new DateOnly(2027, 2, 1), China(2027, 2, 1)),
    ];

    private static readonly AllianceProfile[] Profiles =
    [
        new(OnTime, "new_materials", "230183"),
        new(Late, "new_materials", "230102"),
        new(Missing, "biomedicine", "230202"),
        new(InDraft, "biomedicine", "230202"),
    ];

    private static readonly AnnualReport[] Reports =
    [
        Accepted(ReportingObligation.For(OnTime, 2026, Deadline), Active, China(2027, 1, 20)),
        Accepted(ReportingObligation.For(Late, 2026, Deadline), Active with { JointProjects = 1, JointProjectFunding = 100_000.25m, AchievementTransfers = 2, TransferContractValue = 50_000m }, China(2027, 2, 3)),
        Draft(ReportingObligation.For(InDraft, 2026, Deadline)),
    ];

    [Fact]
    public void Art13_Statistics_CountEachOwingAllianceByItsStatusDerivedFromTheDates()
    {
        var statistics = ReportingStatistics.For(2026, Alliances, Profiles, Reports, Deadline, China(2027, 3, 1), new FakeWorkingDays());

        Assert.Equal(4, statistics.Owed);
        Assert.Equal(1, statistics.ByStatus[ReportingStatus.SubmittedOnTime]);
        Assert.Equal(1, statistics.ByStatus[ReportingStatus.SubmittedLate]);
        Assert.Equal(2, statistics.ByStatus[ReportingStatus.Missing]);
        Assert.Equal(0, statistics.ByStatus[ReportingStatus.Due]);
        Assert.Equal(0, statistics.ByStatus[ReportingStatus.NotDue]);
    }

    [Fact]
    public void Art13_Statistics_BeforeTheDueDay_ShowDueNotMissing()
    {
        var statistics = ReportingStatistics.For(2026, Alliances, Profiles, [], Deadline, China(2027, 1, 10), new FakeWorkingDays());

        Assert.Equal(4, statistics.ByStatus[ReportingStatus.Due]);
        var nextYear = ReportingStatistics.For(2027, Alliances, Profiles, [], Deadline, China(2027, 3, 1), new FakeWorkingDays());
        Assert.Equal(5, nextYear.ByStatus[ReportingStatus.NotDue]);
    }

    [Fact]
    public void Art13_Statistics_TotalOnlyAcceptedReports_ByIndustryFieldAndPrefecture()
    {
        var statistics = ReportingStatistics.For(2026, Alliances, Profiles, Reports, Deadline, China(2027, 3, 1), new FakeWorkingDays());

        Assert.Equal(new ReportTotals("all", 2, 3, 1_300_000.25m, 3, 400_000m), statistics.Total);
        Assert.Equal([new ReportTotals("new_materials", 2, 3, 1_300_000.25m, 3, 400_000m)], statistics.ByIndustryField);
        Assert.Equal([new ReportTotals("230100", 2, 3, 1_300_000.25m, 3, 400_000m)], statistics.ByRegion);
    }

    [Fact]
    public void Art13_Statistics_AllianceWithoutAKnownProfile_IsCountedAsUnknown()
    {
        var statistics = ReportingStatistics.For(2026, Alliances, [], Reports, Deadline, China(2027, 3, 1), new FakeWorkingDays());

        Assert.Equal("unknown", Assert.Single(statistics.ByIndustryField).Key);
        Assert.Equal("unknown", Assert.Single(statistics.ByRegion).Key);
    }

    [Theory]
    [InlineData("230183", "230100")]
    [InlineData("230100", "230100")]
    [InlineData("232700", "232700")]
    [InlineData("", "unknown")]
    [InlineData("23010", "unknown")]
    [InlineData("2301AB", "unknown")]
    public void Art13_Statistics_RegionIsThePrefectureOfTheCode(string code, string prefecture) =>
        Assert.Equal(prefecture, ReportingStatistics.PrefectureOf(code));
}
