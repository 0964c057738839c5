using AlliancePlatform.Contracts.Membership;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;

namespace AlliancePlatform.Filing.Messaging;

internal sealed class ChairUnitChangedConsumer(FilingDbContext db, IInbox inbox, TimeProvider clock, ILogger<ChairUnitChangedConsumer> logger)
    : IdempotentConsumer<ChairUnitChanged>(inbox, logger)
{
    protected override string ConsumerName => "filing.chair-unit-changed";

    protected override async Task ApplyAsync(ChairUnitChanged message, CancellationToken cancellationToken)
    {
        var alliance = await db.GetOrAddAsync(message.AllianceId, message.AllianceName, clock, cancellationToken);
        if (alliance.ChairUnitChangedAt is null || alliance.ChairUnitChangedAt < message.OccurredAt)
        {
            alliance.ElectChairUnit(message.Unit.ToProjected(), message.OccurredAt);
            await db.RelistAsync(alliance, cancellationToken);
        }
    }
}

internal sealed class SecretaryGeneralUnitChangedConsumer(FilingDbContext db, IInbox inbox, TimeProvider clock, ILogger<SecretaryGeneralUnitChangedConsumer> logger)
    : IdempotentConsumer<SecretaryGeneralUnitChanged>(inbox, logger)
{
    protected override string ConsumerName => "filing.secretary-general-unit-changed";

    protected override async Task ApplyAsync(SecretaryGeneralUnitChanged message, CancellationToken cancellationToken)
    {
        var alliance = await db.GetOrAddAsync(message.AllianceId, message.AllianceName, clock, cancellationToken);
        if (alliance.SecretaryGeneralUnitChangedAt is null || alliance.SecretaryGeneralUnitChangedAt < message.OccurredAt)
        {
            alliance.ElectSecretaryGeneralUnit(message.Unit.ToProjected(), message.OccurredAt);
        }
    }
}

internal static class MemberUnitInfoProjection
{
    public static ProjectedUnit ToProjected(this MemberUnitInfo unit) =>
        new(unit.MemberUnitId, unit.Name, unit.CreditCode, unit.UnitType, unit.RegisteredRegion);
}
