using System.Text.Json;
using System.Text.Json.Serialization;
using AlliancePlatform.ServiceDefaults.Domain;
using AlliancePlatform.Support.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql;

namespace AlliancePlatform.Support.Persistence;

/// <summary>
/// A version of the entitlement rules the admin division made (Art 24, 26): the lines as JSON, who, when and why.
/// Version 1 is <see cref="EntitlementRuleSet.Default"/> and is not stored: no rows means the default, on every replica alike.
/// The version is the key, so two edits of the same version cannot both be kept.
/// </summary>
public sealed class EntitlementRuleSetRow
{
    public int Version { get; init; }
    public string Rules { get; init; } = "[]";
    public DateTimeOffset EditedAt { get; init; }
    public string EditedBy { get; init; } = "";
    public string Reason { get; init; } = "";
}

internal sealed class EntitlementRuleSetRowMapping : IEntityTypeConfiguration<EntitlementRuleSetRow>
{
    public void Configure(EntityTypeBuilder<EntitlementRuleSetRow> e)
    {
        e.ToTable("entitlement_rule_sets");
        e.HasKey(r => r.Version);
        e.Property(r => r.Version).ValueGeneratedNever();
        e.Property(r => r.Rules).HasColumnType("jsonb");
        e.Property(r => r.EditedBy).HasMaxLength(200);
        e.Property(r => r.Reason).HasMaxLength(SupportRules.TextMaxLength);
    }
}

/// <summary>Reads and keeps the versions of the entitlement rules.</summary>
internal static class EntitlementRuleStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    /// <summary>The version a grade is granted under now: the latest kept, or the default when none was kept.</summary>
    public static async Task<EntitlementRuleSet> CurrentRulesAsync(this SupportDbContext db, CancellationToken cancellationToken)
    {
        var latest = await db.EntitlementRuleSets.AsNoTracking().OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);
        return latest is null ? EntitlementRuleSet.Default : Restored(latest);
    }

    /// <summary>Every version, oldest first, the default (version 1) included.</summary>
    public static async Task<List<EntitlementRuleSet>> RuleVersionsAsync(this SupportDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.EntitlementRuleSets.AsNoTracking().OrderBy(r => r.Version).ToListAsync(cancellationToken);
        return [EntitlementRuleSet.Default, .. rows.Select(Restored)];
    }

    public static async Task<EntitlementRuleSet?> RuleVersionAsync(this SupportDbContext db, int version, CancellationToken cancellationToken)
    {
        if (version == EntitlementRuleSet.Default.Version)
        {
            return EntitlementRuleSet.Default;
        }
        var row = await db.EntitlementRuleSets.AsNoTracking().SingleOrDefaultAsync(r => r.Version == version, cancellationToken);
        return row is null ? null : Restored(row);
    }

    /// <summary>Keeps a new version; a concurrent edit that kept the same version first makes this one stale (409).</summary>
    public static async Task KeepAsync(this SupportDbContext db, EntitlementRuleSet edited, CancellationToken cancellationToken)
    {
        db.EntitlementRuleSets.Add(new EntitlementRuleSetRow
        {
            Version = edited.Version,
            Rules = JsonSerializer.Serialize(edited.Rules.Select(r => new StoredLine(r.Grade, r.Kind, r.Holder, r.NeedsAdminDecision)), Json),
            EditedAt = edited.EditedAt ?? throw new ArgumentException("An edited version names when it was made.", nameof(edited)),
            EditedBy = edited.EditedBy ?? "",
            Reason = edited.Reason ?? "",
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new RuleViolationException(EntitlementRuleRules.Stale);
        }
    }

    private static EntitlementRuleSet Restored(EntitlementRuleSetRow row)
    {
        var lines = JsonSerializer.Deserialize<List<StoredLine>>(row.Rules, Json) ?? [];
        return EntitlementRuleSet.Restore(
            row.Version, lines.Select(l => new EntitlementRule(l.Grade, l.Kind, l.Holder, l.NeedsAdminDecision)), row.EditedAt, row.EditedBy, row.Reason);
    }

    private sealed record StoredLine(Grade Grade, EntitlementKind Kind, EntitlementHolder Holder, bool NeedsAdminDecision);
}
