using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.Support.Domain;
using AlliancePlatform.Support.Features.Entitlements;
using AlliancePlatform.Support.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AlliancePlatform.Support.Features.EntitlementRules;

/// <summary>
/// The entitlement rules as data (Art 24, 26): what each grade grants to whom, read by the officials (and, the current
/// version, by other platforms), edited by the admin division into a new version; a grade is granted under the version
/// current when it arrives, and entitlements granted before keep theirs.
/// </summary>
internal static class EntitlementRulesEndpoints
{
    public static readonly string[] HistoryReaders = [PlatformRoles.AdminDivision, PlatformRoles.Secretariat, PlatformRoles.BusinessDivision];

    public static IEndpointRouteBuilder MapEntitlementRulesApi(this IEndpointRouteBuilder app)
    {
        var rules = app.MapGroup("/api/support/entitlement-rules").WithTags("Support entitlement rules");
        rules.MapGet("", CurrentAsync)
            .WithName("GetEntitlementRules")
            .WithSummary("The current version of the rules: what each grade gives to the alliance, its chair unit and its secretary-general unit")
            .RequireAuthorization(policy => policy.RequireRole(EntitlementsEndpoints.Readers));
        rules.MapPut("", EditAsync)
            .WithName("EditEntitlementRules")
            .WithSummary("Replace the rules (the full list of lines, with a reason) into the next version; expectedVersion is the version edited (409 when stale)")
            .AsSupportChange("entitlement_rules.edit", "entitlement_rule_set", PlatformRoles.AdminDivision)
            .WithRequestExample(new EditRulesRequest(1, "A级联盟秘书长单位之外，C级联盟理事长单位也纳入人才计划候选。",
                [new RuleLineRequest("A", EntitlementKind.TechnologyManagerTraining, EntitlementHolder.SecretaryGeneralUnit, false)]));
        rules.MapGet("/versions", VersionsAsync)
            .WithName("ListEntitlementRuleVersions")
            .WithSummary("Every version of the rules, oldest first: who made it, when and why")
            .RequireAuthorization(policy => policy.RequireRole(HistoryReaders));
        rules.MapGet("/versions/{version:int}", VersionAsync)
            .WithName("GetEntitlementRuleVersion")
            .WithSummary("One version of the rules, as it was made")
            .RequireAuthorization(policy => policy.RequireRole(HistoryReaders));
        return app;
    }

    private static async Task<Ok<RuleSetResponse>> CurrentAsync(SupportDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(RuleSetResponse.For(await db.CurrentRulesAsync(cancellationToken), current: true));

    private static async Task<Ok<List<RuleVersionResponse>>> VersionsAsync(SupportDbContext db, CancellationToken cancellationToken)
    {
        var versions = await db.RuleVersionsAsync(cancellationToken);
        var current = versions[^1].Version;
        return TypedResults.Ok(versions.Select(v => RuleVersionResponse.For(v, v.Version == current)).ToList());
    }

    private static async Task<Results<Ok<RuleSetResponse>, NotFound>> VersionAsync(
        [Description("The version number (1 is the issue's default)")] int version, SupportDbContext db, CancellationToken cancellationToken)
    {
        var found = await db.RuleVersionAsync(version, cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }
        var current = await db.CurrentRulesAsync(cancellationToken);
        return TypedResults.Ok(RuleSetResponse.For(found, found.Version == current.Version));
    }

    private static async Task<Ok<RuleSetResponse>> EditAsync(
        EditRulesRequest request, SupportDbContext db, IAuditTrail audit, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var current = await db.CurrentRulesAsync(cancellationToken);
        var lines = (request.Rules ?? []).Select(l => new EntitlementRule(GradeNames.Parse(l.Grade), l.Kind, l.Holder, l.NeedsAdminDecision));
        var edited = current.Edit(user.AsActor(), request.ExpectedVersion ?? 0, lines, request.Reason, clock.GetUtcNow());
        audit.Succeeded(edited.Version);
        await db.KeepAsync(edited, cancellationToken);
        return TypedResults.Ok(RuleSetResponse.For(edited, current: true));
    }
}

/// <param name="ExpectedVersion">The version the editor read (the current one); another edit since answers 409 support.entitlement_rules_stale.</param>
/// <param name="Reason">Why the rules change (kept with the version and in the audit trail).</param>
/// <param name="Rules">The full list of lines of the new version.</param>
public sealed record EditRulesRequest(
    [Required] int? ExpectedVersion,
    string? Reason,
    [Required] IReadOnlyList<RuleLineRequest>? Rules);

/// <param name="Grade">"A" to "D".</param>
/// <param name="NeedsAdminDecision">Granted only after the admin division's decision ("视情况", Art 24).</param>
public sealed record RuleLineRequest(string? Grade, EntitlementKind Kind, EntitlementHolder Holder, bool NeedsAdminDecision);

/// <summary>One line of the rules: a grade gives a kind to a holder, at once or after a decision.</summary>
public sealed record RuleLineResponse(
    string Grade,
    EntitlementKind Kind,
    string KindNameZh,
    string KindNameEn,
    EntitlementHolder Holder,
    string HolderNameZh,
    bool NeedsAdminDecision,
    string Article)
{
    public static RuleLineResponse For(EntitlementRule r) =>
        new(r.Grade.ToString(), r.Kind, r.Kind.NameZh(), r.Kind.NameEn(), r.Holder, r.Holder.NameZh(), r.NeedsAdminDecision, r.Article);
}

/// <param name="Current">Whether later grades are granted under this version.</param>
/// <param name="EditedAt">When the admin division made it; null for version 1 (the default).</param>
public sealed record RuleSetResponse(
    int Version, bool Current, DateTimeOffset? EditedAt, string? EditedBy, string? Reason, IReadOnlyList<RuleLineResponse> Rules)
{
    public static RuleSetResponse For(EntitlementRuleSet set, bool current) =>
        new(set.Version, current, set.EditedAt, set.EditedBy, set.Reason, [.. set.Rules.Select(RuleLineResponse.For)]);
}

public sealed record RuleVersionResponse(int Version, bool Current, DateTimeOffset? EditedAt, string? EditedBy, string? Reason, int LineCount)
{
    public static RuleVersionResponse For(EntitlementRuleSet set, bool current) =>
        new(set.Version, current, set.EditedAt, set.EditedBy, set.Reason, set.Rules.Count);
}
