using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Contract = AlliancePlatform.Contracts.Filing;

namespace AlliancePlatform.Filing.Features.Applications;

/// <summary>Turns what an application raised into integration events in the outbox, and files the alliance in the register.</summary>
internal sealed class ApplicationEvents(FilingDbContext db, IOutbox outbox)
{
    public async Task PublishAsync(FilingApplication application, CancellationToken cancellationToken)
    {
        var raised = application.DomainEvents.ToList();
        application.ClearDomainEvents();
        foreach (var domainEvent in raised)
        {
            outbox.Add(await ToContractAsync(application, domainEvent, cancellationToken), application.AllianceId.ToString());
        }
    }

    private async Task<object> ToContractAsync(FilingApplication application, IFilingEvent domainEvent, CancellationToken cancellationToken) =>
        domainEvent switch
        {
            ApplicationSubmitted e => new Contract.FilingApplicationSubmitted(
                e.ApplicationId, e.AllianceId, application.AllianceName, e.Region, application.IndustryField,
                application.History.Count(h => h.To == FilingStatus.Submitted) > 1, e.OccurredAt),
            StageCompleted e => new Contract.FilingStageCompleted(
                e.ApplicationId, e.AllianceId, PlatformJson.NameOf(e.Stage), e.Decision, e.Reason, LastActorRole(application), PlatformJson.NameOf(application.Status), e.OccurredAt),
            ApplicationReturned e => new Contract.FilingStageCompleted(
                e.ApplicationId, e.AllianceId, PlatformJson.NameOf(ReviewStageKind.Recommendation), FilingDecisions.Returned, e.Reason,
                LastActorRole(application), PlatformJson.NameOf(application.Status), e.OccurredAt),
            CorrectionRequested e => new Contract.FilingCorrectionRequested(e.ApplicationId, e.AllianceId, e.Reason, e.DueOn, e.ClosesAt, e.OccurredAt),
            ApplicationRejected e => new Contract.FilingApplicationRejected(e.ApplicationId, e.AllianceId, "rejected", PlatformJson.NameOf(e.AtStage), e.Reason, e.OccurredAt),
            ApplicationLapsed e => new Contract.FilingApplicationRejected(
                e.ApplicationId, e.AllianceId, "lapsed", PlatformJson.NameOf(ReviewStageKind.Correction), null, e.OccurredAt),
            ApplicationWithdrawn e => new Contract.FilingApplicationRejected(
                e.ApplicationId, e.AllianceId, "withdrawn", LastStage(application), e.Reason, e.OccurredAt),
            PublicNoticeStarted e => new Contract.PublicNoticeStarted(
                e.Notice.Id, e.ApplicationId, e.AllianceId, application.AllianceName, e.Notice.FirstDay, e.Notice.LastDay, e.Notice.ClosesAt, e.OccurredAt),
            ObjectionFiled e => new Contract.ObjectionFiled(e.ObjectionId, application.Notice!.Id, e.ApplicationId, e.AllianceId, e.OccurredAt),
            ApplicationFiled e => await FiledAsync(application, e, cancellationToken),
            _ => throw new InvalidOperationException($"No integration event is defined for {domainEvent.GetType().Name}."),
        };

    private async Task<Contract.AllianceFiled> FiledAsync(FilingApplication application, ApplicationFiled e, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.AsNoTracking().SingleOrDefaultAsync(a => a.AllianceId == e.AllianceId, cancellationToken);
        return new Contract.AllianceFiled(
            e.AllianceId, e.ApplicationId, alliance?.Name ?? application.AllianceName, alliance?.IndustryField ?? application.IndustryField,
            e.FilingNumber, e.DocumentNumber, e.FiledOn, alliance?.ChairUnit?.CreditCode, alliance?.SecretaryGeneralUnit?.CreditCode, e.OccurredAt)
        {
            Region = alliance?.Region is { Length: > 0 } region ? region : application.Region,
        };
    }

    private static string LastActorRole(FilingApplication application) => application.History[^1].ActorRole;

    private static string LastStage(FilingApplication application) =>
        application.Stages.Count == 0 ? "draft" : PlatformJson.NameOf(application.Stages[^1].Kind);
}
