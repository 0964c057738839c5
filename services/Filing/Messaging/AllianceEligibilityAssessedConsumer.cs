using AlliancePlatform.Contracts.Membership;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;

namespace AlliancePlatform.Filing.Messaging;

internal sealed class AllianceEligibilityAssessedConsumer(FilingDbContext db, IInbox inbox, TimeProvider clock, ILogger<AllianceEligibilityAssessedConsumer> logger)
    : IdempotentConsumer<AllianceEligibilityAssessed>(inbox, logger)
{
    protected override string ConsumerName => "filing.alliance-eligibility-assessed";

    protected override async Task ApplyAsync(AllianceEligibilityAssessed message, CancellationToken cancellationToken)
    {
        var alliance = await db.GetOrAddAsync(message.AllianceId, message.AllianceName, clock, cancellationToken);
        if (alliance.EligibilityAssessedAt is { } known && known >= message.AssessedAt)
        {
            return;
        }
        alliance.Eligible = message.Eligible;
        alliance.EligibilityChecks = [.. message.Checks.Select(c => new ProjectedEligibilityCheck(c.Code, c.Article, c.Passed, c.Message, c.MessageEn))];
        alliance.EligibilityAssessedAt = message.AssessedAt;
    }
}
