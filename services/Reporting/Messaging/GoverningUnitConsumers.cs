using AlliancePlatform.Contracts.Membership;
using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;

namespace AlliancePlatform.Reporting.Messaging;

internal sealed class ChairUnitChangedConsumer(ReportingDbContext db, IInbox inbox, ILogger<ChairUnitChangedConsumer> logger)
    : IdempotentConsumer<ChairUnitChanged>(inbox, logger)
{
    protected override string ConsumerName => "reporting.chair-unit-changed";

    protected override async Task ApplyAsync(ChairUnitChanged message, CancellationToken cancellationToken)
    {
        var actors = await db.LockActorsAsync(message.AllianceId, message.AllianceName, cancellationToken);
        if (actors.ChairChangedAt is null || actors.ChairChangedAt < message.OccurredAt)
        {
            actors.ChairUnitCode = message.Unit.CreditCode;
            actors.ChairChangedAt = message.OccurredAt;
            actors.Recompute();
        }
    }
}

internal sealed class SecretaryGeneralUnitChangedConsumer(ReportingDbContext db, IInbox inbox, ILogger<SecretaryGeneralUnitChangedConsumer> logger)
    : IdempotentConsumer<SecretaryGeneralUnitChanged>(inbox, logger)
{
    protected override string ConsumerName => "reporting.secretary-general-unit-changed";

    protected override async Task ApplyAsync(SecretaryGeneralUnitChanged message, CancellationToken cancellationToken)
    {
        var actors = await db.LockActorsAsync(message.AllianceId, message.AllianceName, cancellationToken);
        if (actors.SecretaryGeneralChangedAt is null || actors.SecretaryGeneralChangedAt < message.OccurredAt)
        {
            actors.SecretaryGeneralUnitCode = message.Unit.CreditCode;
            actors.SecretaryGeneralChangedAt = message.OccurredAt;
            actors.Recompute();
        }
    }
}

/// <summary>A renamed alliance, or one moved to another industry field, is listed and counted under its new name and field.</summary>
internal sealed class AllianceProfileChangedConsumer(ReportingDbContext db, IInbox inbox, ILogger<AllianceProfileChangedConsumer> logger)
    : IdempotentConsumer<AllianceProfileChanged>(inbox, logger)
{
    protected override string ConsumerName => "reporting.alliance-profile-changed";

    protected override async Task ApplyAsync(AllianceProfileChanged message, CancellationToken cancellationToken)
    {
        var actors = await db.LockActorsAsync(message.AllianceId, message.Name, cancellationToken);
        actors.Describe(message.Name, message.IndustryField, message.ChangedAt);
    }
}
