using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using AlliancePlatform.ServiceDefaults.Http;

namespace AlliancePlatform.Membership.Features.Members;

public sealed record JoinRequest(Guid MemberUnitId, DateOnly JoinedOn, [MaxLength(500)] string? Reason);

public sealed record LeaveRequest(DateOnly LeftOn, [Required, MaxLength(500)] string Reason);

public sealed record RoleChangeRequest(Guid MemberUnitId, DateOnly ChangedOn, [MaxLength(500)] string? Reason);

/// <summary>Open membership (Art 8-7): joining, leaving, and the chair and secretary-general units (Art 7-3, 7-5).</summary>
internal static class MembersEndpoints
{
    public static void MapMembers(this RouteGroupBuilder alliances)
    {
        alliances.MapPost("/{id:guid}/members", JoinAsync)
            .WithName("JoinAlliance")
            .WithSummary("A unit joins; it counts as a member once its legal representative signs the charter (Art 6-2, 8-7)")
            .AsAllianceChange("alliance.join")
            .WithRequestExample(new JoinRequest(Guid.Parse("01a22b0c-5e2f-7d41-9c3a-6f1e2d3c4b5a"), new DateOnly(2026, 11, 2), "发起单位"));
        alliances.MapPost("/{id:guid}/members/{memberUnitId:guid}/departure", LeaveAsync)
            .WithName("LeaveAlliance")
            .WithSummary("A member unit leaves, with date and reason (Art 8-7); announces MemberUnitLeft")
            .AsAllianceChange("alliance.leave")
            .WithRequestExample(new LeaveRequest(new DateOnly(2026, 11, 2), "业务调整"));
        alliances.MapPut("/{id:guid}/chair-unit", SetChairUnitAsync)
            .WithName("SetChairUnit")
            .WithSummary("Elect a member unit chair unit (Art 7-3); announces ChairUnitChanged")
            .AsAllianceChange("alliance.set_chair_unit")
            .WithRequestExample(new RoleChangeRequest(Guid.Parse("01a22b0c-5e2f-7d41-9c3a-6f1e2d3c4b5a"), new DateOnly(2026, 11, 2), "成立大会选举"));
        alliances.MapPut("/{id:guid}/secretary-general-unit", SetSecretaryGeneralUnitAsync)
            .WithName("SetSecretaryGeneralUnit")
            .WithSummary("Name a member unit secretary-general unit (Art 7-5); announces SecretaryGeneralUnitChanged")
            .AsAllianceChange("alliance.set_secretary_general_unit")
            .WithRequestExample(new RoleChangeRequest(Guid.Parse("01a22b0c-5e2f-7d41-9c3a-6f1e2d3c4b5a"), new DateOnly(2026, 11, 2), "成立大会选举"));
    }

    private static Task<Results<Ok<AllianceDetailResponse>, NotFound>> JoinAsync(
        Guid id, JoinRequest request, AllianceEditor editor, TimeProvider clock, CancellationToken cancellationToken) =>
        editor.ApplyAsync(id, async alliance =>
        {
            if (await editor.FindUnitAsync(request.MemberUnitId, cancellationToken) is not { } unit)
            {
                return false;
            }
            alliance.Join(unit, request.JoinedOn, request.Reason, clock.GetUtcNow());
            return true;
        }, cancellationToken);

    private static Task<Results<Ok<AllianceDetailResponse>, NotFound>> LeaveAsync(
        Guid id, Guid memberUnitId, LeaveRequest request, AllianceEditor editor, TimeProvider clock, CancellationToken cancellationToken) =>
        editor.ApplyAsync(id, alliance => alliance.Leave(memberUnitId, request.LeftOn, request.Reason, clock.GetUtcNow()), cancellationToken);

    private static Task<Results<Ok<AllianceDetailResponse>, NotFound>> SetChairUnitAsync(
        Guid id, RoleChangeRequest request, AllianceEditor editor, TimeProvider clock, CancellationToken cancellationToken) =>
        editor.ApplyAsync(id, alliance => alliance.SetChairUnit(request.MemberUnitId, request.ChangedOn, request.Reason, clock.GetUtcNow()), cancellationToken);

    private static Task<Results<Ok<AllianceDetailResponse>, NotFound>> SetSecretaryGeneralUnitAsync(
        Guid id, RoleChangeRequest request, AllianceEditor editor, TimeProvider clock, CancellationToken cancellationToken) =>
        editor.ApplyAsync(id, alliance => alliance.SetSecretaryGeneralUnit(request.MemberUnitId, request.ChangedOn, request.Reason, clock.GetUtcNow()),
            cancellationToken);
}
