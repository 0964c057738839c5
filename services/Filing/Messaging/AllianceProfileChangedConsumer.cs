using AlliancePlatform.Contracts.Membership;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;

namespace AlliancePlatform.Filing.Messaging;

internal sealed class AllianceProfileChangedConsumer(FilingDbContext db, IInbox inbox, TimeProvider clock, ILogger<AllianceProfileChangedConsumer> logger)
    : IdempotentConsumer<AllianceProfileChanged>(inbox, logger)
{
    protected override string ConsumerName => "filing.alliance-profile-changed";

    protected override async Task ApplyAsync(AllianceProfileChanged message, CancellationToken cancellationToken)
    {
        var alliance = await db.GetOrAddAsync(message.AllianceId, message.Name, clock, cancellationToken);
        alliance.Name = message.Name;
        alliance.IndustryField = message.IndustryField;
        await db.RelistAsync(alliance, cancellationToken);
    }
}
