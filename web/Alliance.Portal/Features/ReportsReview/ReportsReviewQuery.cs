using System.Globalization;
using System.Text;

namespace AlliancePlatform.Portal.Features.ReportsReview;

/// <summary>
/// The officials' filter over the annual reports (Reporting's <c>/api/reporting/reports</c>). Opens on the secretariat's
/// queue (submitted reports); <see cref="AllStates"/> lists every state.
/// </summary>
public sealed class ReportsReviewQuery
{
    public const int PageSize = 20;
    public const string AllStates = "all";
    /// <summary>The years Reporting accepts (its ObligationRules).</summary>
    public const int MinYear = 2000;
    public const int MaxYear = 9998;

    /// <summary>The states Reporting stores, the secretariat's queue first.</summary>
    public static readonly string[] States = ["submitted", "returned", "accepted", "draft"];

    public string State { get; set; } = "submitted";
    /// <summary>As typed; a four-digit year or empty for every year.</summary>
    public string? Year { get; set; }
    public int Page { get; set; } = 1;

    public string? YearProblem =>
        string.IsNullOrWhiteSpace(Year) || ParsedYear is not null ? null : "ReportsReviewYearInvalid";

    public bool IsValid => YearProblem is null;

    private int? ParsedYear =>
        int.TryParse(Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinYear and <= MaxYear ? year : null;

    public string ToPathAndQuery()
    {
        var query = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"/api/reporting/reports?page={Page}&pageSize={PageSize}"));
        if (State != AllStates)
        {
            query.Append("&state=").Append(Uri.EscapeDataString(State));
        }
        if (ParsedYear is { } year)
        {
            query.Append(CultureInfo.InvariantCulture, $"&year={year}");
        }
        return query.ToString();
    }
}

/// <summary>One report in the officials' list.</summary>
/// <param name="State">draft, submitted, returned or accepted.</param>
/// <param name="ObligationStatus">not_due, due, submitted_on_time, submitted_late or missing.</param>
public sealed record ReviewedReport(
    Guid AllianceId, string AllianceName, int Year, string State, DateTimeOffset? FirstSubmittedAt, DateTimeOffset? LastSubmittedAt,
    DateTimeOffset? AcceptedAt, string? ReturnReason, DateOnly DueOn, string ObligationStatus, int? DaysLate);
