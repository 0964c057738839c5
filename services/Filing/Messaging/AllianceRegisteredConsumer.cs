using AlliancePlatform.Contracts.Membership;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;

namespace AlliancePlatform.Filing.Messaging;

internal sealed class AllianceRegisteredConsumer(FilingDbContext db, IInbox inbox, TimeProvider clock, ILogger<AllianceRegisteredConsumer> logger)
    : IdempotentConsumer<AllianceRegistered>(inbox, logger)
{
    protected override string ConsumerName => "filing.alliance-registered";

    protected override async Task ApplyAsync(AllianceRegistered message, CancellationToken cancellationToken)
    {
        var alliance = await db.GetOrAddAsync(message.AllianceId, message.Name, clock, cancellationToken);
        alliance.Name = message.Name;
        alliance.IndustryField = message.IndustryField;
        alliance.RegisteredAt = message.RegisteredAt;
        alliance.RegisteredBy(message.RegisteredByOrganization ?? "");
        alliance.ProjectedAt = clock.GetUtcNow();
    }
}
