using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Features.Calendar;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.Filing.Features.Applications;

public sealed record CreateApplicationRequest([Required] Guid AllianceId);

public sealed record ReasonRequest([MaxLength(FilingApplicationRules.TextMaxLength)] string? Reason);

public sealed record ApplicationListFilter(
    [property: Description("Only applications in this state, e.g. public_notice")] string? Status,
    [property: Description("Only applications whose open stage is past its due date")] bool? Overdue);

/// <summary>Filing applications (备案申请, Art 10-12) as the applicant prepares, submits, corrects and withdraws them.</summary>
internal static class ApplicationsEndpoints
{
    private static readonly string[] Readers = [PlatformRoles.Applicant, PlatformRoles.Expert, .. PlatformRoles.Reviewers];

    public static RouteGroupBuilder MapApplications(this RouteGroupBuilder applications)
    {
        applications.MapPost("/", CreateAsync)
            .WithName("CreateFilingApplication")
            .WithSummary("Start a filing application for an alliance the applicant's unit acts for (Art 10, 11-1)")
            .AsApplicationChange("filing_application.create", PlatformRoles.Applicant)
            .WithRequestExample(new CreateApplicationRequest(Guid.Parse("0194f3c2-5b7e-7c1a-9d2e-3f4a5b6c7d8e")));
        applications.MapGet("/", ListAsync)
            .WithName("ListFilingApplications")
            .WithSummary("The applications the caller may see, overdue first, then by due date: a reviewer's inbox")
            .RequireAuthorization(policy => policy.RequireRole(Readers));
        applications.MapGet("/{id:guid}", GetAsync)
            .WithName("GetFilingApplication")
            .WithSummary("An application with its stages, due dates, decisions and attachments")
            .RequireAuthorization(policy => policy.RequireRole(Readers))
            .ProducesProblem(StatusCodes.Status404NotFound);
        applications.MapPost("/{id:guid}/submission", SubmitAsync)
            .WithName("SubmitFilingApplication")
            .WithSummary("Submit for recommendation; refused with every failed Art 6 condition listed unless the alliance is eligible")
            .AsApplicationChange("filing_application.submit", PlatformRoles.Applicant);
        applications.MapPost("/{id:guid}/correction", ResubmitCorrectionAsync)
            .WithName("ResubmitCorrection")
            .WithSummary("Resubmit the corrected materials before the correction deadline (Art 11-3)")
            .AsApplicationChange("filing_application.resubmit_correction", PlatformRoles.Applicant)
            .WithRequestExample(new ReasonRequest("已按要求补充联盟章程签署页。"));
        applications.MapPost("/{id:guid}/withdrawal", WithdrawAsync)
            .WithName("WithdrawFilingApplication")
            .WithSummary("Withdraw an application that is still open")
            .AsApplicationChange("filing_application.withdraw", PlatformRoles.Applicant)
            .WithRequestExample(new ReasonRequest("联盟决定暂缓申请备案。"));
        return applications;
    }

    private static async Task<Results<Created<ApplicationResponse>, NotFound>> CreateAsync(
        CreateApplicationRequest request, FilingDbContext db, ApplicationAccess access, IAuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!await access.ActsForAsync(request.AllianceId, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var alliance = (await access.AllianceAsync(request.AllianceId, cancellationToken))!;
        if (alliance.RegisteredAt is null)
        {
            // Another event about the alliance overtook its registration: name and field are not known yet.
            throw new RuleViolationException(ApplicationRules.AllianceNotYetKnown);
        }
        if (await db.Register.AnyAsync(f => f.AllianceId == request.AllianceId && f.Status != RegisterStatus.Revoked, cancellationToken))
        {
            throw new RuleViolationException(ApplicationRules.AlreadyFiled);
        }
        if (await db.Applications.AnyAsync(a => a.AllianceId == request.AllianceId && !ApplicationRules.ClosedStates.Contains(a.Status), cancellationToken))
        {
            throw new RuleViolationException(ApplicationRules.InProgress);
        }
        var actor = access.Actor();
        var application = FilingApplication.Create(actor, alliance.AllianceId, alliance.Name, alliance.IndustryField, alliance.Region, clock.GetUtcNow());
        db.Applications.Add(application);
        audit.Succeeded(application.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/filing/applications/{application.Id}", ApplicationResponse.For(application, actor));
    }

    private static async Task<Ok<Page<ApplicationSummary>>> ListAsync(
        [AsParameters] ApplicationListFilter filter, [AsParameters] PageRequest page, FilingDbContext db, ApplicationAccess access,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var query = access.Visible(db.Applications.AsNoTracking().IgnoreAutoIncludes());
        if (QueryEnum.Parse<FilingStatus>(filter.Status, "status") is { } status)
        {
            query = query.Where(a => a.Status == status);
        }
        var rows = query.Select(a => new
        {
            Application = a,
            Open = a.Stages.Where(s => s.ClosedAt == null && s.PausedOn == null).OrderByDescending(s => s.OpenedAt).FirstOrDefault(),
        });
        if (filter.Overdue == true)
        {
            rows = rows.Where(r => r.Open != null && r.Open.DueOn < today);
        }
        var ordered = rows
            .OrderBy(r => r.Open == null ? 1 : 0)
            .ThenBy(r => r.Open == null ? DateOnly.MaxValue : r.Open.DueOn)
            .ThenBy(r => r.Application.CreatedAt)
            .ThenBy(r => r.Application.Id)
            .Select(r => new
            {
                r.Application.Id, r.Application.AllianceId, r.Application.AllianceName, r.Application.IndustryField, r.Application.Region,
                r.Application.Status, r.Application.CreatedAt,
                Stage = r.Open == null ? (ReviewStageKind?)null : r.Open.Kind,
                Assignee = r.Open == null ? null : r.Open.AssigneeRole,
                DueOn = r.Open == null ? (DateOnly?)null : r.Open.DueOn,
            });
        return TypedResults.Ok(await page.ReadAsync(ordered, a => new ApplicationSummary(
            a.Id, a.AllianceId, a.AllianceName, a.IndustryField, a.Region, a.Status, $"{a.Status.NameZh()} / {a.Status.NameEn()}",
            a.Stage, a.Assignee, a.DueOn, a.DueOn < today, a.CreatedAt), cancellationToken));
    }

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> GetAsync(
        Guid id, FilingDbContext db, ApplicationAccess access, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return application is null || !await access.CanReadAsync(application, cancellationToken)
            ? TypedResults.NotFound()
            : TypedResults.Ok(ApplicationResponse.For(application, access.Actor()));
    }

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> SubmitAsync(
        Guid id, ApplicationEditor editor, ApplicationAccess access, CalendarSource calendar, IOptionsSnapshot<FilingSettings> settings,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var workingDays = await calendar.LoadAsync(cancellationToken);
        return await editor.ApplyAsync(id, async application =>
        {
            var alliance = await access.AllianceAsync(application.AllianceId, cancellationToken);
            var eligibility = alliance?.Eligible is null
                ? EligibilitySnapshot.Unknown
                : new EligibilitySnapshot(true,
                    [.. alliance.EligibilityChecks.Where(c => !c.Passed).Select(c => new EligibilityFailure(c.Code, c.Article, c.Message, c.MessageEn))],
                    alliance.EligibilityAssessedAt);
            application.Submit(editor.Actor, eligibility, clock.GetUtcNow(), workingDays, settings.Value.Deadlines());
        }, cancellationToken);
    }

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> ResubmitCorrectionAsync(
        Guid id, ReasonRequest request, ApplicationEditor editor, CalendarSource calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        var workingDays = await calendar.LoadAsync(cancellationToken);
        return await editor.ApplyAsync(id, application => application.ResubmitCorrection(editor.Actor, request.Reason, clock.GetUtcNow(), workingDays), cancellationToken);
    }

    private static Task<Results<Ok<ApplicationResponse>, NotFound>> WithdrawAsync(
        Guid id, ReasonRequest request, ApplicationEditor editor, TimeProvider clock, CancellationToken cancellationToken) =>
        editor.ApplyAsync(id, application => application.Withdraw(editor.Actor, request.Reason, clock.GetUtcNow()), cancellationToken);
}
