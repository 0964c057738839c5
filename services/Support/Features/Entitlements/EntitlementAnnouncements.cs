using AlliancePlatform.Contracts.Support;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.Support.Domain;

namespace AlliancePlatform.Support.Features.Entitlements;

/// <summary>Announces what the domain granted or ended (EntitlementGranted, EntitlementWithdrawn) with an audit entry each, in the caller's unit of work.</summary>
internal sealed class EntitlementAnnouncements(IOutbox outbox, IAuditTrail audit)
{
    public void Granted(Entitlement entitlement, DateTimeOffset now, bool audited = true)
    {
        outbox.Add(new EntitlementGranted(entitlement.Id, entitlement.AllianceId, entitlement.UnitCreditCode, PlatformJson.NameOf(entitlement.Kind),
                PlatformJson.NameOf(entitlement.Holder), entitlement.Grade.ToString(), entitlement.Article, entitlement.CampaignId,
                entitlement.CampaignYear, entitlement.ValidFrom ?? now, now),
            entitlement.AllianceId.ToString());
        if (audited)
        {
            audit.Record("entitlement.grant", "entitlement", entitlement.Id.ToString(), detail: Describe(entitlement));
        }
    }

    /// <summary>A pending entitlement is recorded (it holds only after the admin division's approval); nothing is announced.</summary>
    public void Pending(Entitlement entitlement) =>
        audit.Record("entitlement.pending", "entitlement", entitlement.Id.ToString(), detail: Describe(entitlement));

    /// <summary>An ended entitlement; one that never held (pending) is only audited.</summary>
    public void Ended(Entitlement entitlement, DateTimeOffset now)
    {
        var reason = entitlement.WithdrawalReason is { } r ? PlatformJson.NameOf(r) : null;
        if (entitlement.GrantedAt is not null)
        {
            outbox.Add(new EntitlementWithdrawn(entitlement.Id, entitlement.AllianceId, entitlement.UnitCreditCode, PlatformJson.NameOf(entitlement.Kind),
                    entitlement.Grade.ToString(), entitlement.CampaignId, entitlement.CampaignYear, PlatformJson.NameOf(entitlement.Status), reason,
                    entitlement.EndedAt ?? now, now),
                entitlement.AllianceId.ToString());
        }
        audit.Record(entitlement.Status == EntitlementStatus.Superseded ? "entitlement.supersede" : "entitlement.withdraw", "entitlement",
            entitlement.Id.ToString(), detail: $"{Describe(entitlement)}; {reason ?? "superseded"}");
    }

    public void Outcome(GradeOutcome outcome, DateTimeOffset now)
    {
        foreach (var ended in outcome.Superseded)
        {
            Ended(ended, now);
        }
        foreach (var created in outcome.Created)
        {
            if (created.Status == EntitlementStatus.Pending)
            {
                Pending(created);
            }
            else
            {
                Granted(created, now);
            }
        }
    }

    private static string Describe(Entitlement e) =>
        $"{PlatformJson.NameOf(e.Kind)} for {e.UnitCreditCode ?? "the alliance"} of {e.AllianceId}, grade {e.Grade} {e.CampaignYear}";
}
