using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Membership.Domain;
using AlliancePlatform.Membership.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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
            .AsAllianceChange("alliance.propose_charter");
        alliances.MapPost("/{id:guid}/charters/{version:int}/signatures", SignAsync)
            .WithName("SignCharter")
            .WithSummary("A member unit's legal representative signs a charter version, or accedes to the effective one")
            .AsAllianceChange("alliance.sign_charter");
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
