namespace AlliancePlatform.Support.Domain;

/// <summary>What a published grade did: the entitlements it created (granted or pending) and those it superseded.</summary>
public sealed record GradeOutcome(IReadOnlyList<Entitlement> Created, IReadOnlyList<Entitlement> Superseded)
{
    public static GradeOutcome Nothing { get; } = new([], []);
}

/// <summary>
/// The grants and withdrawals of Art 24 and 26, worked out from the events Support hears: a published grade, a revoked
/// filing, a unit leaving, new officers. Each answers the entitlements it created or ended; the service saves them and
/// announces each one (EntitlementGranted, EntitlementWithdrawn) with its audit entry.
/// </summary>
public static class EntitlementGranting
{
    /// <summary>
    /// A grade was published: the alliance's current entitlements from earlier grades are superseded, and the rules for the
    /// new grade create the new ones. A grade already applied (a redelivered event), or older than a grade already applied,
    /// changes nothing. The service does not call it for an alliance whose filing is revoked.
    /// </summary>
    public static GradeOutcome OnGradePublished(
        PublishedGrade grade, AllianceOfficers officers, EntitlementRuleSet rules, IEnumerable<Entitlement> allianceEntitlements, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(grade);
        ArgumentNullException.ThrowIfNull(allianceEntitlements);
        var alliances = allianceEntitlements.Where(e => e.AllianceId == grade.AllianceId).ToList();
        if (alliances.Any(e => e.CampaignId == grade.CampaignId || e.CampaignYear > grade.CampaignYear))
        {
            return GradeOutcome.Nothing;
        }

        var superseded = Supersede(alliances, grade, now);
        return new GradeOutcome(Grant(grade, officers, rules, now), superseded);
    }

    /// <summary>The entitlements the rules give on this grade: the alliance's own, and each officer unit's where the unit is known.</summary>
    public static IReadOnlyList<Entitlement> Grant(PublishedGrade grade, AllianceOfficers officers, EntitlementRuleSet rules, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(grade);
        ArgumentNullException.ThrowIfNull(officers);
        ArgumentNullException.ThrowIfNull(rules);
        var created = new List<Entitlement>();
        foreach (var rule in rules.RulesFor(grade.Grade))
        {
            var unit = officers.UnitFor(rule.Holder);
            if (rule.Holder == EntitlementHolder.Alliance || unit is not null)
            {
                created.Add(Entitlement.Create(grade, rule, unit, rules.Version, now));
            }
        }

        return created;
    }

    /// <summary>The current entitlements of the alliance from other campaigns, ended by its next grade.</summary>
    public static IReadOnlyList<Entitlement> Supersede(IEnumerable<Entitlement> allianceEntitlements, PublishedGrade next, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(allianceEntitlements);
        ArgumentNullException.ThrowIfNull(next);
        var ended = allianceEntitlements
            .Where(e => e.AllianceId == next.AllianceId && e.IsCurrent && e.CampaignId != next.CampaignId)
            .ToList();
        ended.ForEach(e => e.Supersede(next, now));
        return ended;
    }

    /// <summary>The alliance's filing was revoked: everything it and its units hold from it ends at once.</summary>
    public static IReadOnlyList<Entitlement> OnFilingRevoked(IEnumerable<Entitlement> entitlements, Guid allianceId, string? note, DateTimeOffset now) =>
        WithdrawWhere(entitlements, e => e.AllianceId == allianceId, WithdrawalReason.Revoked, note, now);

    /// <summary>The unit left the alliance: what it held as that alliance's chair or secretary-general unit ends at once.</summary>
    public static IReadOnlyList<Entitlement> OnUnitLeft(IEnumerable<Entitlement> entitlements, Guid allianceId, string creditCode, DateTimeOffset now) =>
        WithdrawWhere(
            entitlements,
            e => e.AllianceId == allianceId && string.Equals(e.UnitCreditCode, creditCode?.Trim(), StringComparison.Ordinal),
            WithdrawalReason.UnitLeft,
            null,
            now);

    /// <summary>The alliance has new officers: a unit's entitlement ends when the unit no longer holds the role it was given for.</summary>
    public static IReadOnlyList<Entitlement> OnOfficersChanged(IEnumerable<Entitlement> entitlements, Guid allianceId, AllianceOfficers officers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(officers);
        return WithdrawWhere(
            entitlements,
            e => e.AllianceId == allianceId && e.Holder != EntitlementHolder.Alliance
                && !string.Equals(e.UnitCreditCode, officers.UnitFor(e.Holder), StringComparison.Ordinal),
            WithdrawalReason.RoleChanged,
            null,
            now);
    }

    /// <summary>What the unit held at that instant, across alliances (the "as of" query; pass now for "now").</summary>
    public static IReadOnlyList<Entitlement> HeldBy(IEnumerable<Entitlement> entitlements, string creditCode, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(entitlements);
        return [.. entitlements.Where(e => string.Equals(e.UnitCreditCode, creditCode?.Trim(), StringComparison.Ordinal) && e.IsHeldOn(instant))];
    }

    private static List<Entitlement> WithdrawWhere(
        IEnumerable<Entitlement> entitlements, Func<Entitlement, bool> applies, WithdrawalReason reason, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entitlements);
        var ended = entitlements.Where(e => e.IsCurrent && applies(e)).ToList();
        ended.ForEach(e => e.Withdraw(reason, note, now));
        return ended;
    }
}
