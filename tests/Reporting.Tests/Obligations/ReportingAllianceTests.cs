using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Reporting.Tests.ReportingTestData;

namespace AlliancePlatform.Reporting.Tests.Obligations;

/// <summary>Which years a filed alliance owes a report for (Art 13), and what revocation takes away (Art 17).</summary>
public class ReportingAllianceTests
{
    private static readonly ReportingDeadline Deadline = ReportingDeadline.Default;

    [Fact]
    public void Art13_AFiledAlliance_OwesEveryYearFromItsFilingYear_UpToThisYear()
    {
        var alliance = ReportingAlliance.Filed(AllianceId, new DateOnly(2026, 3, 15), China(2026, 3, 16));

        var obligations = alliance.Obligations(China(2028, 2, 10), Deadline);

        Assert.Equal([2026, 2027, 2028], obligations.Select(o => o.Year));
        Assert.All(obligations, o => Assert.Equal(AllianceId, o.AllianceId));
        Assert.Equal(new DateOnly(2029, 1, 31), obligations[^1].DueOn);
        Assert.Equal(7, alliance.Id.Version);
    }

    [Fact]
    public void Art13_FiledOn31December_OwesThatYearsReport()
    {
        var alliance = ReportingAlliance.Filed(AllianceId, new DateOnly(2026, 12, 31), China(2026, 12, 31));

        Assert.True(alliance.OwesReportFor(2026, Deadline));
        Assert.False(alliance.OwesReportFor(2025, Deadline));
    }

    [Theory]
    [InlineData("2027-06-30", new[] { 2025, 2026 })] // revoked mid-2027: nothing for 2027
    [InlineData("2026-12-31", new[] { 2025 })] // revoked on the last day of 2026: nothing for 2026
    [InlineData("2027-01-15", new[] { 2025 })] // revoked before the 2026 report was due: nothing after revocation
    [InlineData("2027-01-31", new[] { 2025 })] // revoked on the due day itself: it was not missing yet
    [InlineData("2027-02-01", new[] { 2025, 2026 })] // revoked once the 2026 report was already missing: it stays owed
    public void Art17_ARevokedAlliance_OwesNothingAfterRevocation(string revokedOn, int[] owed)
    {
        var alliance = ReportingAlliance.Filed(AllianceId, new DateOnly(2025, 6, 1), China(2025, 6, 2));

        Assert.True(alliance.RecordRevoked(DateOnly.Parse(revokedOn, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(owed, alliance.Obligations(China(2029, 6, 1), Deadline).Select(o => o.Year));
        Assert.False(alliance.IsFiled);
    }

    [Fact]
    public void Art17_ObligationFor_AYearNotOwed_IsRefused()
    {
        var alliance = ReportingAlliance.Filed(AllianceId, new DateOnly(2026, 3, 15), China(2026, 3, 16));
        alliance.RecordRevoked(new DateOnly(2027, 6, 1));

        Assert.Equal(2026, alliance.ObligationFor(2026, Deadline).Year);
        AssertRejected(() => alliance.ObligationFor(2027, Deadline), "reporting.not_owed", RuleKind.Conflict);
        AssertRejected(() => alliance.ObligationFor(2025, Deadline), "reporting.not_owed", RuleKind.Conflict);
        AssertRejected(() => alliance.ObligationFor(12, Deadline), "reporting.year_invalid");
    }

    [Fact]
    public void Art11_8_FiledAgainAfterRevocation_OwesFromTheNewFiling_WithTheGapNotOwed()
    {
        var alliance = ReportingAlliance.Filed(AllianceId, new DateOnly(2025, 3, 1), China(2025, 3, 2));
        alliance.RecordRevoked(new DateOnly(2026, 5, 1));

        Assert.True(alliance.RecordFiled(new DateOnly(2027, 9, 1), China(2027, 9, 2)));

        Assert.Equal([2025, 2027, 2028], alliance.Obligations(China(2028, 12, 1), Deadline).Select(o => o.Year));
        Assert.Equal(2, alliance.Periods.Count);
    }

    [Fact]
    public void Art13_FilingEvents_AreIdempotent()
    {
        var alliance = ReportingAlliance.Filed(AllianceId, new DateOnly(2026, 3, 15), China(2026, 3, 16));

        Assert.False(alliance.RecordFiled(new DateOnly(2026, 3, 15), China(2026, 3, 17)));
        Assert.True(alliance.RecordRevoked(new DateOnly(2027, 6, 1)));
        Assert.False(alliance.RecordRevoked(new DateOnly(2027, 6, 1)));
        Assert.False(alliance.RecordFiled(new DateOnly(2026, 3, 15), China(2027, 7, 1)));
        Assert.Single(alliance.Periods);
    }

    [Fact]
    public void Art17_RevokedBeforeFiled_IsRefused()
    {
        var alliance = ReportingAlliance.Filed(AllianceId, new DateOnly(2026, 3, 15), China(2026, 3, 16));

        AssertRejected(() => alliance.RecordRevoked(new DateOnly(2026, 3, 14)), "reporting.revoked_before_filed");
    }
}
