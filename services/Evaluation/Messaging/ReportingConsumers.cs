using AlliancePlatform.Contracts.Reporting;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Evaluation.Messaging;

/// <summary>
/// The figures of each accepted annual report, which pre-fill the quantitative indicators of a self-assessment (Art 19).
/// Upserted per figure; an acceptance older than the one kept for that alliance and year changes nothing.
/// </summary>
internal sealed class AnnualReportAcceptedConsumer(EvaluationDbContext db, IInbox inbox, ILogger<AnnualReportAcceptedConsumer> logger)
    : IdempotentConsumer<AnnualReportAccepted>(inbox, logger)
{
    protected override string ConsumerName => "evaluation.annual-report-accepted";

    protected override async Task ApplyAsync(AnnualReportAccepted message, CancellationToken cancellationToken)
    {
        var fields = message.Figures.Keys.ToArray();
        var values = fields.Select(f => message.Figures[f]).ToArray();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO accepted_report_figures (alliance_id, report_year, field, value, accepted_at)
            SELECT {message.AllianceId}, {message.ReportYear}, f.field, f.value, {message.OccurredAt.ToUniversalTime()}
            FROM unnest({fields}::text[], {values}::numeric[]) AS f(field, value)
            ON CONFLICT (alliance_id, report_year, field) DO UPDATE SET value = EXCLUDED.value, accepted_at = EXCLUDED.accepted_at
            WHERE accepted_report_figures.accepted_at < EXCLUDED.accepted_at
            """, cancellationToken);
    }
}

/// <summary>One figure of an alliance's accepted annual report on a year, as Reporting published it.</summary>
public sealed class AcceptedReportFigure
{
    public Guid AllianceId { get; init; }
    public int ReportYear { get; init; }
    public string Field { get; init; } = "";
    public decimal Value { get; set; }
    /// <summary>When the report was accepted: a redelivered or older acceptance never replaces a newer one.</summary>
    public DateTimeOffset AcceptedAt { get; set; }
}
