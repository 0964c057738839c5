using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Membership.Domain;
using AlliancePlatform.ServiceDefaults.Http;

namespace AlliancePlatform.Membership.Features.GoverningBodies;

public sealed record CouncilMemberRequest([Required, MaxLength(50)] string PersonName, Guid MemberUnitId, CouncilPosition Position);

public sealed record ExpertRequest([Required, MaxLength(50)] string Name, [Required, MaxLength(100)] string Affiliation, [Required, MaxLength(50)] string Title);

public sealed record SecretariatRequest([Required, MaxLength(200)] string OfficeAddress, int StaffCount, decimal AnnualBudget);

public sealed record FormationStepRequest(FormationStep Step, DateOnly TakenOn);

/// <summary>Decision, advisory and executive bodies (Art 6-3, 7-3..7-5) and the formation steps of Art 7.</summary>
internal static class GoverningBodiesEndpoints
{
    public static void MapGoverningBodies(this RouteGroupBuilder alliances)
    {
        alliances.MapPost("/{id:guid}/council", (Guid id, CouncilMemberRequest request, AllianceEditor editor, TimeProvider clock, CancellationToken ct) =>
                editor.ApplyAsync(id, a => a.AddCouncilMember(request.PersonName, request.MemberUnitId, request.Position, clock.GetUtcNow()), ct))
            .WithName("AddCouncilMember").WithSummary("Seat a person of a member unit on the council (理事会, Art 7-3)")
            .AsAllianceChange("alliance.add_council_member")
            .WithRequestExample(new CouncilMemberRequest("王建国", Guid.Parse("01a22b0c-5e2f-7d41-9c3a-6f1e2d3c4b5a"), CouncilPosition.Chair));
        alliances.MapDelete("/{id:guid}/council/{councilMemberId:guid}", (Guid id, Guid councilMemberId, AllianceEditor editor, CancellationToken ct) =>
                editor.ApplyAsync(id, a => a.RemoveCouncilMember(councilMemberId), ct))
            .WithName("RemoveCouncilMember").WithSummary("End a council seat")
            .AsAllianceChange("alliance.remove_council_member");
        alliances.MapPost("/{id:guid}/expert-committee", (Guid id, ExpertRequest request, AllianceEditor editor, TimeProvider clock, CancellationToken ct) =>
                editor.ApplyAsync(id, a => a.AddExpert(request.Name, request.Affiliation, request.Title, clock.GetUtcNow()), ct))
            .WithName("AddExpert").WithSummary("Appoint an expert to the expert committee (专家委员会, Art 7-4)")
            .AsAllianceChange("alliance.add_expert")
            .WithRequestExample(new ExpertRequest("刘洋", "哈尔滨工业大学", "教授"));
        alliances.MapDelete("/{id:guid}/expert-committee/{expertId:guid}", (Guid id, Guid expertId, AllianceEditor editor, CancellationToken ct) =>
                editor.ApplyAsync(id, a => a.RemoveExpert(expertId), ct))
            .WithName("RemoveExpert").WithSummary("Remove an expert from the committee")
            .AsAllianceChange("alliance.remove_expert");
        alliances.MapPut("/{id:guid}/secretariat", (Guid id, SecretariatRequest request, AllianceEditor editor, CancellationToken ct) =>
                editor.ApplyAsync(id, a => a.SetSecretariat(request.OfficeAddress, request.StaffCount, request.AnnualBudget), ct))
            .WithName("SetSecretariat").WithSummary("The secretariat (秘书处, Art 7-5): office address, staff, annual budget")
            .AsAllianceChange("alliance.set_secretariat")
            .WithRequestExample(new SecretariatRequest("哈尔滨市南岗区学府路52号", 3, 500000m));
        alliances.MapPost("/{id:guid}/formation-steps", (Guid id, FormationStepRequest request, AllianceEditor editor, TimeProvider clock, CancellationToken ct) =>
                editor.ApplyAsync(id, a => a.RecordFormationStep(request.Step, request.TakenOn, clock.GetUtcNow()), ct))
            .WithName("RecordFormationStep").WithSummary("Record a formation step of Art 7 with its date, in order")
            .AsAllianceChange("alliance.record_formation_step")
            .WithRequestExample(new FormationStepRequest(FormationStep.FoundingMeeting, new DateOnly(2026, 11, 2)));
    }
}
