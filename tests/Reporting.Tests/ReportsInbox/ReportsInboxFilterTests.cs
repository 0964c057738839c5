using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.Reporting.Features.ReportsInbox;
using Microsoft.AspNetCore.Http;
using static AlliancePlatform.Reporting.Tests.ReportingTestData;

namespace AlliancePlatform.Reporting.Tests.ReportsInbox;

/// <summary>The officials' list of annual reports across alliances: the secretariat's queue first, filtered by state and year.</summary>
public class ReportsInboxFilterTests
{
    private static readonly AnnualReport Draft2026 = Draft(Year2026);
    private static readonly AnnualReport SubmittedLate = Submitted(ReportingObligation.For(Guid.NewGuid(), 2026, ReportingDeadline.Default), China(2027, 1, 20));
    private static readonly AnnualReport SubmittedEarly = Submitted(ReportingObligation.For(Guid.NewGuid(), 2026, ReportingDeadline.Default), China(2027, 1, 8));
    private static readonly AnnualReport Accepted2026 = Accepted(ReportingObligation.For(Guid.NewGuid(), 2026, ReportingDeadline.Default), Active);
    private static readonly AnnualReport Submitted2027 = Submitted(Year2027, China(2028, 1, 12));

    private static IQueryable<AnnualReport> All => new[] { Draft2026, SubmittedLate, Accepted2026, SubmittedEarly, Submitted2027 }.AsQueryable();

    [Fact]
    public void InQueueOrder_PutsSubmittedReportsFirst_LongestWaitingFirst_ThenTheRestNewestYearFirst()
    {
        var ordered = ReportsInboxFilter.InQueueOrder(All).ToList();

        Assert.Equal([SubmittedEarly, SubmittedLate, Submitted2027], ordered.Take(3));
        Assert.All(ordered.Skip(3), r => Assert.NotEqual(AnnualReportState.Submitted, r.State));
    }

    [Fact]
    public void Apply_WithAStateInSnakeCase_KeepsOnlyThatState()
    {
        var accepted = new ReportsInboxFilter("accepted", null).Apply(All).ToList();

        Assert.Equal([Accepted2026], accepted);
    }

    [Fact]
    public void Apply_WithAYear_KeepsOnlyThatYearsReports()
    {
        var submitted2026 = new ReportsInboxFilter("submitted", 2026).Apply(All).ToList();

        Assert.Equal([SubmittedLate, SubmittedEarly], submitted2026);
    }

    [Fact]
    public void Apply_WithAnUnknownState_IsABadRequestNamingTheStates()
    {
        var refused = Assert.Throws<BadHttpRequestException>(() => new ReportsInboxFilter("pending", null).Apply(All));

        Assert.Contains("submitted", refused.Message, StringComparison.Ordinal);
        Assert.Equal(StatusCodes.Status400BadRequest, refused.StatusCode);
    }

    [Fact]
    public void Apply_WithAYearOutOfRange_IsABadRequest() =>
        Assert.Throws<BadHttpRequestException>(() => new ReportsInboxFilter(null, 1900).Apply(All));
}
