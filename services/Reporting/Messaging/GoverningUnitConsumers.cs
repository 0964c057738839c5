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
