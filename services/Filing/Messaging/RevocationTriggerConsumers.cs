using AlliancePlatform.Contracts.Evaluation;
using AlliancePlatform.Contracts.Membership;
using AlliancePlatform.Contracts.Reporting;
using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Features.Revocation;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Messaging;

/// <summary>
/// Opens a revocation case (Art 17-2, 23) when another service reports its cause. The triggering event names the
/// case (source + reference), so a redelivered or republished event never opens a second one.
/// </summary>
internal sealed class RevocationTrigger(FilingDbContext db, IOutbox outbox, IAuditTrail audit, TimeProvider clock, ILogger<RevocationTrigger> logger)
{
    public async Task OpenAsync(Guid allianceId, RevocationCaseSource source, string reference, CancellationToken cancellationToken)
    {
        var filed = await db.Register.SingleOrDefaultAsync(f => f.AllianceId == allianceId && f.Status != RegisterStatus.Revoked, cancellationToken);
        if (filed is null)
        {
            logger.LogWarning("{Source} {Reference} names alliance {Alliance}, which is not on the register: no case opened", source, reference, allianceId);
            return;
        }
        if (await db.RevocationCases.AnyAsync(c => c.AllianceId == allianceId && c.Source == source && c.SourceReference == reference, cancellationToken))
        {
            return;
        }
        if (await db.RevocationCases.SingleOrDefaultAsync(c => c.AllianceId == allianceId && c.Status == RevocationCaseStatus.Open, cancellationToken) is { } open)
        {
            // One open case per alliance: the new cause is on the record for the admin division deciding the open one.
            audit.Record("revocation_case.further_cause", "revocation_case", open.Id.ToString(), detail: $"{source} {reference}");
            return;
        }
        var revocation = RevocationCase.OpenAutomatically(filed, source, reference, clock.GetUtcNow());
        db.RevocationCases.Add(revocation);
        outbox.CaseOpened(revocation);
        audit.Record("revocation_case.open", "revocation_case", revocation.Id.ToString(), detail: $"{source} {reference}");
    }
}

internal sealed class AnnualReportsMissingTwoYearsConsumer(RevocationTrigger trigger, IInbox inbox, ILogger<AnnualReportsMissingTwoYearsConsumer> logger)
    : IdempotentConsumer<AnnualReportsMissingTwoYears>(inbox, logger)
{
    protected override string ConsumerName => "filing.annual-reports-missing-two-years";

    protected override Task ApplyAsync(AnnualReportsMissingTwoYears message, CancellationToken cancellationToken) =>
        trigger.OpenAsync(message.AllianceId, RevocationCaseSource.ReportingTwoYearsMissing,
            $"{message.FirstMissingYear}-{message.SecondMissingYear}", cancellationToken);
}

internal sealed class AssessmentRefusedConsumer(RevocationTrigger trigger, IInbox inbox, ILogger<AssessmentRefusedConsumer> logger)
    : IdempotentConsumer<AssessmentRefused>(inbox, logger)
{
    protected override string ConsumerName => "filing.assessment-refused";

    protected override Task ApplyAsync(AssessmentRefused message, CancellationToken cancellationToken) =>
        trigger.OpenAsync(message.AllianceId, RevocationCaseSource.EvaluationAssessmentRefused, message.CampaignId.ToString(), cancellationToken);
}

internal sealed class RepeatedGradeDConsumer(RevocationTrigger trigger, IInbox inbox, ILogger<RepeatedGradeDConsumer> logger)
    : IdempotentConsumer<RepeatedGradeD>(inbox, logger)
{
    protected override string ConsumerName => "filing.repeated-grade-d";

    protected override Task ApplyAsync(RepeatedGradeD message, CancellationToken cancellationToken) =>
        trigger.OpenAsync(message.AllianceId, RevocationCaseSource.EvaluationRepeatedGradeD, message.CampaignId.ToString(), cancellationToken);
}

internal sealed class AllianceDissolutionRequestedConsumer(RevocationTrigger trigger, IInbox inbox, ILogger<AllianceDissolutionRequestedConsumer> logger)
    : IdempotentConsumer<AllianceDissolutionRequested>(inbox, logger)
{
    protected override string ConsumerName => "filing.alliance-dissolution-requested";

    protected override Task ApplyAsync(AllianceDissolutionRequested message, CancellationToken cancellationToken) =>
        trigger.OpenAsync(message.AllianceId, RevocationCaseSource.MembershipDissolution,
            message.ResolvedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
}

/// <summary>Yellow cards from Reporting (Art 14) show in the register.</summary>
internal sealed class YellowCardIssuedConsumer(FilingDbContext db, IInbox inbox, ILogger<YellowCardIssuedConsumer> logger)
    : IdempotentConsumer<YellowCardIssued>(inbox, logger)
{
    protected override string ConsumerName => "filing.yellow-card-issued";

    protected override async Task ApplyAsync(YellowCardIssued message, CancellationToken cancellationToken)
    {
        var filed = await db.LockListedAsync(message.AllianceId, cancellationToken);
        filed?.IssueYellowCard(ChinaTime.DateOf(message.OccurredAt), message.OccurredAt);
    }
}

internal sealed class YellowCardLiftedConsumer(FilingDbContext db, IInbox inbox, ILogger<YellowCardLiftedConsumer> logger)
    : IdempotentConsumer<YellowCardLifted>(inbox, logger)
{
    protected override string ConsumerName => "filing.yellow-card-lifted";

    protected override async Task ApplyAsync(YellowCardLifted message, CancellationToken cancellationToken)
    {
        var filed = await db.LockListedAsync(message.AllianceId, cancellationToken);
        filed?.LiftYellowCard(message.OccurredAt);
    }
}
