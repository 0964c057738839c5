using AlliancePlatform.Contracts.Membership;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;

namespace AlliancePlatform.Filing.Messaging;

internal sealed class AllianceRegisteredConsumer(FilingDbContext db, IInbox inbox, TimeProvider clock, ILogger<AllianceRegisteredConsumer> logger)
    : IdempotentConsumer<AllianceRegistered>(inbox, logger)
{
    protected override string ConsumerName => "filing.alliance-registered";

    protected override Task ApplyAsync(AllianceRegistered message, CancellationToken cancellationToken)
    {
        // A plain insert: were a duplicate ever to get past the inbox, the primary key would refuse it loudly.
        db.Alliances.Add(new AllianceProjection
        {
            AllianceId = message.AllianceId,
            Name = message.Name,
            IndustryField = message.IndustryField,
            RegisteredAt = message.RegisteredAt,
            RegisteredByOrganization = message.RegisteredByOrganization ?? "",
            ProjectedAt = clock.GetUtcNow(),
        });
        return Task.CompletedTask;
    }
}
