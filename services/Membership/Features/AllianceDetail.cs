using AlliancePlatform.Membership.Domain;
using AlliancePlatform.Membership.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Membership.Features;

public sealed record UnitSummary(Guid Id, string Name, string CreditCode, MemberUnitType Type, string RegisteredRegion);

public sealed record MemberResponse(
    Guid MemberUnitId, UnitSummary? Unit, AllianceMemberStatus Status, DateOnly JoinedOn, DateOnly? MemberSince, DateOnly? LeftOn, string? LeaveReason);

public sealed record CouncilMemberResponse(Guid Id, string PersonName, Guid MemberUnitId, CouncilPosition Position);

public sealed record ExpertResponse(Guid Id, string Name, string Affiliation, string Title);

public sealed record SecretariatResponse(string OfficeAddress, int StaffCount, decimal AnnualBudget);

public sealed record FormationStepResponse(FormationStep Step, DateOnly TakenOn);

public sealed record MembershipChangeResponse(MembershipChangeKind Kind, Guid MemberUnitId, DateOnly OccurredOn, string? Reason, DateTimeOffset RecordedAt);

public sealed record CharterVersionSummary(int Number, CharterVersionState State, DateOnly? EffectiveOn, IReadOnlyList<string> MissingClauses, int Signatures);

/// <summary>An alliance as a whole: profile, members, governing bodies, formation and charter versions.</summary>
/// <summary>The alliance's request to be dissolved (Art 17-4).</summary>
public sealed record DissolutionResponse(DateOnly ResolvedOn, string Reason, DateTimeOffset RequestedAt);

public sealed record AllianceDetailResponse(
    Guid Id,
    string Name,
    string IndustryField,
    string IndustryFieldName,
    DateTimeOffset RegisteredAt,
    Guid? ChairUnitId,
    Guid? SecretaryGeneralUnitId,
    IReadOnlyList<MemberResponse> Members,
    IReadOnlyList<CouncilMemberResponse> Council,
    IReadOnlyList<ExpertResponse> ExpertCommittee,
    SecretariatResponse? Secretariat,
    IReadOnlyList<FormationStepResponse> FormationSteps,
    IReadOnlyList<CharterVersionSummary> CharterVersions,
    IReadOnlyList<MembershipChangeResponse> MembershipHistory,
    DissolutionResponse? Dissolution)
{
    public static async Task<AllianceDetailResponse> ForAsync(Alliance alliance, MembershipDbContext db, CancellationToken cancellationToken)
    {
        var unitIds = alliance.Members.Select(m => m.MemberUnitId).Distinct().ToList();
        var units = await db.MemberUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        return new AllianceDetailResponse(
            alliance.Id,
            alliance.Name,
            alliance.IndustryField,
            Domain.IndustryField.Find(alliance.IndustryField)?.Name ?? alliance.IndustryField,
            alliance.RegisteredAt,
            alliance.ChairUnitId,
            alliance.SecretaryGeneralUnitId,
            [.. alliance.Members.OrderBy(m => m.RecordedAt).Select(m => new MemberResponse(
                m.MemberUnitId, units.TryGetValue(m.MemberUnitId, out var unit) ? Summary(unit) : null,
                m.Status, m.JoinedOn, m.MemberSince, m.LeftOn, m.LeaveReason))],
            [.. alliance.Council.Select(c => new CouncilMemberResponse(c.Id, c.PersonName, c.MemberUnitId, c.Position))],
            [.. alliance.ExpertCommittee.Select(e => new ExpertResponse(e.Id, e.Name, e.Affiliation, e.Title))],
            alliance.Secretariat is { } s ? new SecretariatResponse(s.OfficeAddress, s.StaffCount, s.AnnualBudget) : null,
            [.. alliance.FormationSteps.OrderBy(f => f.Step).Select(f => new FormationStepResponse(f.Step, f.TakenOn))],
            [.. alliance.CharterVersions.OrderBy(v => v.Number).Select(v => new CharterVersionSummary(
                v.Number, v.State, v.EffectiveOn, [.. v.Clauses.Missing().Select(c => c.ToString())], v.Signatures.Count))],
            [.. alliance.MembershipHistory.OrderBy(c => c.RecordedAt).ThenBy(c => c.Id).Select(c => new MembershipChangeResponse(
                c.Kind, c.MemberUnitId, c.OccurredOn, c.Reason, c.RecordedAt))],
            alliance.DissolutionRequestedAt is { } requestedAt
                ? new DissolutionResponse(alliance.DissolutionResolvedOn!.Value, alliance.DissolutionReason!, requestedAt)
                : null);
    }

    public static UnitSummary Summary(MemberUnit unit) =>
        new(unit.Id, unit.Name, unit.CreditCode.Value, unit.Type, unit.RegisteredRegion.Value);
}
