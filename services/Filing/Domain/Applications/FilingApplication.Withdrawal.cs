using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Filing.Domain.RuleChecks;

namespace AlliancePlatform.Filing.Domain;

/// <summary>The applicant may withdraw the application at any point until it is closed (domain.md §3).</summary>
public sealed partial class FilingApplication
{
    public void Withdraw(Actor actor, string? reason, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.Applicant, Art11);
        RequireOpen();
        var why = OptionalText(reason);

        CloseUnclosedStages(FilingDecisions.Withdrawn, why, actor, now);
        MoveTo(FilingStatus.Withdrawn, actor, FilingDecisions.Withdrawn, why, now);
        Raise(new ApplicationWithdrawn(Id, AllianceId, why, now.ToStoredPrecision()));
    }
}
