using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Features.Applications;
using AlliancePlatform.Filing.Features.Calendar;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Http.Idempotency;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.Filing.Features.Experts;

public sealed record RegisterExpertRequest(
    [Required, MaxLength(100)] string AccountName,
    [Required, MaxLength(100)] string Name,
    [Required] ExpertKind? Kind,
    [Required, MaxLength(18)] string UnitCreditCode,
    [Required, MaxLength(200)] string UnitName,
    [MaxLength(200)] string? Specialty);

public sealed record ExpertResponse(Guid Id, string AccountName, string Name, ExpertKind Kind, string UnitCreditCode, string UnitName, string? Specialty);

public sealed record AssignExpertRequest([Required] Guid ExpertId);

public sealed record ExpertOpinionRequest([Required] ExpertOpinion? Opinion, [Required, MaxLength(FilingApplicationRules.TextMaxLength)] string Text);

public sealed record ConsultationRequest([Required, MaxLength(FilingApplicationRules.TextMaxLength)] string ConsolidatedOpinion);

/// <summary>Expert consultation (Art 11-5): the admin division's roster and panels, and the experts' own opinions.</summary>
internal static class ExpertsEndpoints
{
    public static IEndpointRouteBuilder MapExpertsApi(this IEndpointRouteBuilder app)
    {
        var experts = app.MapGroup("/api/filing/experts").WithTags("Experts");
        experts.MapPost("/", RegisterAsync)
            .WithName("RegisterExpert")
            .WithSummary("Put an expert account on the roster with its kind and unit (the unit decides conflicts of interest)")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.AdminDivision))
            .WithIdempotency<FilingDbContext, RouteHandlerBuilder>()
            .Audited("expert.register", "expert")
            .WithRequestExample(new RegisterExpertRequest("expert-demo", "赵敏", ExpertKind.ScienceTechnologyManagement, "12230000MB0000003W", "黑龙江省科学技术情报研究院", "科技管理"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        experts.MapGet("/", ListAsync)
            .WithName("ListExperts")
            .WithSummary("The expert roster, a page at a time")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.AdminDivision));
        return app;
    }

    public static RouteGroupBuilder MapConsultation(this RouteGroupBuilder applications)
    {
        applications.MapPost("/{id:guid}/panel", AssignAsync)
            .WithName("AssignExpert")
            .WithSummary("Call an expert to the consultation panel; refused when the expert's unit is a member of the alliance (Art 11-5)")
            .AsApplicationChange("filing_application.assign_expert", PlatformRoles.AdminDivision);
        applications.MapDelete("/{id:guid}/panel/{expertId:guid}", RemoveAsync)
            .WithName("RemoveExpert")
            .WithSummary("Take an expert off the panel before they have given an opinion")
            .AsApplicationChange("filing_application.remove_expert", PlatformRoles.AdminDivision);
        applications.MapPost("/{id:guid}/expert-opinion", OpinionAsync)
            .WithName("RecordExpertOpinion")
            .WithSummary("An expert on the panel records their opinion, once")
            .AsApplicationChange("filing_application.expert_opinion", PlatformRoles.Expert)
            .WithRequestExample(new ExpertOpinionRequest(ExpertOpinion.Supports, "联盟组建必要，建议备案。"));
        applications.MapPost("/{id:guid}/expert-consultation", CompleteAsync)
            .WithName("CompleteExpertConsultation")
            .WithSummary("Close the consultation with the consolidated filing opinion, once every panel member has given theirs (Art 11-5, 11-6)")
            .AsApplicationChange("filing_application.complete_consultation", PlatformRoles.AdminDivision)
            .WithRequestExample(new ConsultationRequest("专家组一致认为联盟具备备案条件，建议予以备案。"));
        return applications;
    }

    private static async Task<Created<ExpertResponse>> RegisterAsync(
        RegisterExpertRequest request, FilingDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var expert = Expert.Register(request.AccountName, request.Name, request.Kind!.Value, request.UnitCreditCode, request.UnitName, request.Specialty, clock.GetUtcNow());
        if (await db.Experts.AnyAsync(e => e.AccountName == expert.AccountName, cancellationToken))
        {
            throw new RuleViolationException(new RuleViolation(
                "expert.already_registered", "Art 11-5", $"账号“{expert.AccountName}”已在专家库中。",
                $"The account {expert.AccountName} is already on the expert roster.", RuleKind.Conflict));
        }
        db.Experts.Add(expert);
        audit.Succeeded(expert.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/filing/experts/{expert.Id}", Response(expert));
    }

    private static async Task<Ok<Page<ExpertResponse>>> ListAsync([AsParameters] PageRequest page, FilingDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await page.ReadAsync(db.Experts.AsNoTracking().OrderBy(e => e.Name).ThenBy(e => e.Id), Response, cancellationToken));

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> AssignAsync(
        Guid id, AssignExpertRequest request, ApplicationEditor editor, FilingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var expert = await db.Experts.AsNoTracking().SingleOrDefaultAsync(e => e.Id == request.ExpertId, cancellationToken)
            ?? throw new RuleViolationException(new RuleViolation(
                "expert.not_on_roster", "Art 11-5", "专家库中没有该专家。", "No such expert is on the roster."));
        return await editor.ApplyAsync(id, async application =>
        {
            var members = await db.MemberUnits.AsNoTracking()
                .Where(m => m.AllianceId == application.AllianceId && m.IsCurrentMember).Select(m => m.CreditCode).ToListAsync(cancellationToken);
            application.AssignExpert(editor.Actor, expert.AsCandidate(), members.ToHashSet(StringComparer.Ordinal), clock.GetUtcNow());
        }, cancellationToken);
    }

    private static Task<Results<Ok<ApplicationResponse>, NotFound>> RemoveAsync(
        Guid id, Guid expertId, ApplicationEditor editor, TimeProvider clock, CancellationToken cancellationToken) =>
        editor.ApplyAsync(id, application => application.RemoveExpert(editor.Actor, expertId, clock.GetUtcNow()), cancellationToken);

    private static Task<Results<Ok<ApplicationResponse>, NotFound>> OpinionAsync(
        Guid id, ExpertOpinionRequest request, ApplicationEditor editor, TimeProvider clock, CancellationToken cancellationToken) =>
        editor.ApplyAsync(id, application => application.RecordExpertOpinion(editor.Actor, request.Opinion!.Value, request.Text, clock.GetUtcNow()), cancellationToken);

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> CompleteAsync(
        Guid id, ConsultationRequest request, ApplicationEditor editor, CalendarSource calendar, IOptionsSnapshot<FilingSettings> settings,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var workingDays = await calendar.LoadAsync(cancellationToken);
        return await editor.ApplyAsync(id, application => application.CompleteExpertConsultation(
            editor.Actor, request.ConsolidatedOpinion, clock.GetUtcNow(), workingDays, settings.Value.Deadlines()), cancellationToken);
    }

    private static ExpertResponse Response(Expert e) => new(e.Id, e.AccountName, e.Name, e.Kind, e.UnitCreditCode, e.UnitName, e.Specialty);
}
