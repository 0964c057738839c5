using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Membership.Domain;
using AlliancePlatform.Membership.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using AlliancePlatform.ServiceDefaults.Http;

namespace AlliancePlatform.Membership.Features.Charters;

/// <summary>The text of each required clause (Art 6-2, 6-4, 6-5); a clause left out is reported missing.</summary>
public sealed record CharterRequest(
    [MaxLength(20000)] string? TaskDivision,
    [MaxLength(20000)] string? InnovationGoals,
    [MaxLength(20000)] string? OrganisationForm,
    [MaxLength(20000)] string? AchievementSharing,
    [MaxLength(20000)] string? IntellectualProperty,
    [MaxLength(20000)] string? BreachLiability,
    [MaxLength(20000)] string? FundManagement);

public sealed record SignatureRequest(Guid MemberUnitId, [Required, MaxLength(50)] string SignerName, DateOnly SignedOn);

public sealed record SignatureResponse(Guid MemberUnitId, string SignerName, DateOnly SignedOn, CharterSignatureKind Kind);

public sealed record CharterVersionResponse(
    int Number, CharterVersionState State, CharterClauses Clauses, IReadOnlyList<string> MissingClauses,
    DateOnly? EffectiveOn, IReadOnlyList<SignatureResponse> Signatures, IReadOnlyList<Guid> SignaturesStillNeeded);

internal static class ChartersEndpoints
{
    public static void MapCharters(this RouteGroupBuilder alliances)
    {
        alliances.MapPost("/{id:guid}/charters", ProposeAsync)
            .WithName("ProposeCharter")
            .WithSummary("Adopt a new charter version; it takes effect when every member's legal representative has signed (Art 6-2)")
            .AsAllianceChange("alliance.propose_charter")
            .WithRequestExample(new CharterRequest(
                "理事长单位统筹协调，各成员单位按专题分工承担研发任务。", "三年内突破高性能复合材料三项关键共性技术。", "会员大会、理事会、专家委员会和秘书处。",
                "合作成果按投入比例共享，收益按约定分配。", "知识产权归属、许可使用和收益分配按专项协议执行。", "违约成员承担相应责任并赔偿损失。",
                "联盟经费专款专用，秘书处管理，理事会监督。"));
        alliances.MapPost("/{id:guid}/charters/{version:int}/signatures", SignAsync)
            .WithName("SignCharter")
            .WithSummary("A member unit's legal representative signs a charter version, or accedes to the effective one")
            .AsAllianceChange("alliance.sign_charter")
            .WithRequestExample(new SignatureRequest(Guid.Parse("01a22b0c-5e2f-7d41-9c3a-6f1e2d3c4b5a"), "王建国", new DateOnly(2026, 11, 2)));
        alliances.MapGet("/{id:guid}/charters/{version:int}", GetAsync)
            .WithName("GetCharterVersion")
            .WithSummary("One charter version: clauses, signatures, and who has still to sign")
            .ForAllianceReaders()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Created<CharterVersionResponse>, NotFound>> ProposeAsync(
        Guid id, CharterRequest request, AllianceEditor editor, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await editor.OpenAsync(id, cancellationToken) is not { } alliance)
        {
            return TypedResults.NotFound();
        }
        var version = alliance.ProposeCharter(new CharterClauses
        {
            TaskDivision = request.TaskDivision,
            InnovationGoals = request.InnovationGoals,
            OrganisationForm = request.OrganisationForm,
            AchievementSharing = request.AchievementSharing,
            IntellectualProperty = request.IntellectualProperty,
            BreachLiability = request.BreachLiability,
            FundManagement = request.FundManagement,
        }, clock.GetUtcNow());
        await editor.SaveAsync(alliance, cancellationToken);
        return TypedResults.Created($"/api/membership/alliances/{id}/charters/{version.Number}", Response(alliance, version));
    }

    private static async Task<Results<Ok<CharterVersionResponse>, NotFound>> SignAsync(
        Guid id, int version, SignatureRequest request, AllianceEditor editor, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await editor.OpenAsync(id, cancellationToken) is not { } alliance
            || await editor.FindUnitAsync(request.MemberUnitId, cancellationToken) is not { } unit)
        {
            return TypedResults.NotFound();
        }
        alliance.SignCharter(version, unit, request.SignerName, request.SignedOn, clock.GetUtcNow());
        await editor.SaveAsync(alliance, cancellationToken);
        return TypedResults.Ok(Response(alliance, alliance.CharterVersions.Single(v => v.Number == version)));
    }

    private static async Task<Results<Ok<CharterVersionResponse>, NotFound>> GetAsync(
        Guid id, int version, MembershipDbContext db, AllianceAccess access, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        var charter = alliance?.CharterVersions.SingleOrDefault(v => v.Number == version);
        return charter is not null && await access.CanReadAsync(alliance!, cancellationToken)
            ? TypedResults.Ok(Response(alliance!, charter))
            : TypedResults.NotFound();
    }

    private static CharterVersionResponse Response(Alliance alliance, CharterVersion version) => new(
        version.Number,
        version.State,
        version.Clauses,
        [.. version.Clauses.Missing().Select(c => c.ToString())],
        version.EffectiveOn,
        [.. version.Signatures.Select(s => new SignatureResponse(s.MemberUnitId, s.SignerName, s.SignedOn, s.Kind))],
        [.. alliance.SignaturesStillNeeded(version).Select(m => m.MemberUnitId)]);
}
