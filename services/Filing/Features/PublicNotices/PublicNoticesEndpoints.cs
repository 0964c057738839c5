using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Features.Applications;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Http.Idempotency;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Features.PublicNotices;

/// <param name="ChairUnit">Name of the chair unit (理事长单位), when elected.</param>
public sealed record PublicNoticeResponse(
    Guid Id, Guid AllianceId, string AllianceName, string IndustryField, string? ChairUnit, string Region,
    DateOnly FirstDay, DateOnly LastDay, int WorkingDays, DateTimeOffset ClosesAt, bool Open, IReadOnlyList<int> YearsWithoutSchedule);

/// <param name="Contact">A telephone number or e-mail address at which the admin division can reach the objector.</param>
public sealed record ObjectionRequest(
    [Required, MaxLength(100)] string Name,
    [Required, MaxLength(200)] string Contact,
    [Required, MaxLength(FilingApplicationRules.TextMaxLength)] string Content);

public sealed record ObjectionReceipt(Guid Id, Guid NoticeId, DateTimeOffset FiledAt, string Message);

public sealed record ObjectionRulingRequest(bool Upheld, [Required, MaxLength(FilingApplicationRules.TextMaxLength)] string Reason);

/// <summary>
/// The public notice of alliances proposed for filing (Art 11-7): readable by anyone without signing in; anyone may
/// object while it is open; the admin division rules on each objection.
/// </summary>
internal static class PublicNoticesEndpoints
{
    public static IEndpointRouteBuilder MapPublicNoticesApi(this IEndpointRouteBuilder app)
    {
        var notices = app.MapGroup("/api/public/notices").WithTags("Public notices").AllowAnonymous();
        notices.MapGet("/", ListAsync)
            .WithName("ListPublicNotices")
            .WithSummary("Notices open now (or, with `includeClosed=true`, also those closed), each with its exact first and last day");
        notices.MapGet("/{id:guid}", GetAsync)
            .WithName("GetPublicNotice")
            .WithSummary("One public notice")
            .ProducesProblem(StatusCodes.Status404NotFound);
        notices.MapPost("/{id:guid}/objections", ObjectAsync)
            .WithName("FileObjection")
            .WithSummary("Object to an alliance during its notice, with contact details (rate-limited per address at the gateway)")
            .WithIdempotency<FilingDbContext, RouteHandlerBuilder>()
            .Audited("public_notice.objection", "filing_application")
            .WithRequestExample(new ObjectionRequest("张先生", "13800000000", "该联盟部分成员单位并未签署章程。"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static RouteGroupBuilder MapObjectionRulings(this RouteGroupBuilder applications)
    {
        applications.MapPost("/{id:guid}/objections/{objectionId:guid}/ruling", RuleAsync)
            .WithName("RuleOnObjection")
            .WithSummary("Rule on an objection: an upheld objection rejects the application (Art 11-7, 11-8)")
            .AsApplicationChange("filing_application.objection_ruling", PlatformRoles.AdminDivision)
            .WithRequestExample(new ObjectionRulingRequest(false, "经核实，全体成员单位均已签署章程，异议不成立。"));
        return applications;
    }

    private static async Task<Ok<Page<PublicNoticeResponse>>> ListAsync(
        bool? includeClosed, [AsParameters] PageRequest page, FilingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var notices = Query(db);
        if (includeClosed != true)
        {
            notices = notices.Where(n => n.Notice.ClosesAt > now && n.Application.Status == FilingStatus.PublicNotice);
        }
        var ordered = notices.OrderByDescending(n => n.Notice.StartedAt).ThenBy(n => n.Notice.Id);
        return TypedResults.Ok(await page.ReadAsync(ordered, n => Response(n, now), cancellationToken));
    }

    private static async Task<Results<Ok<PublicNoticeResponse>, NotFound>> GetAsync(Guid id, FilingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var notice = await Query(db).SingleOrDefaultAsync(n => n.Notice.Id == id, cancellationToken);
        return notice is null ? TypedResults.NotFound() : TypedResults.Ok(Response(notice, clock.GetUtcNow()));
    }

    private static async Task<Results<Created<ObjectionReceipt>, NotFound>> ObjectAsync(
        Guid id, ObjectionRequest request, FilingDbContext db, ApplicationEditor editor, IAuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var applicationId = await db.Set<PublicNotice>().Where(n => n.Id == id)
            .Select(n => EF.Property<Guid>(n, "ApplicationId")).SingleOrDefaultAsync(cancellationToken);
        if (applicationId == Guid.Empty || await editor.OpenAsync(applicationId, cancellationToken, checkAccess: false) is not { } application)
        {
            return TypedResults.NotFound();
        }
        var objection = application.FileObjection(new ObjectionSubmission(request.Name, request.Contact, request.Content), clock.GetUtcNow());
        await editor.SaveAsync(application, cancellationToken);
        return TypedResults.Created($"/api/public/notices/{id}/objections/{objection.Id}", new ObjectionReceipt(
            objection.Id, id, objection.FiledAt,
            "异议已收到，省科技厅综合管理处室将核实处理并与您联系。 / Your objection was received; the admin division will look into it and contact you."));
    }

    private static Task<Results<Ok<ApplicationResponse>, NotFound>> RuleAsync(
        Guid id, Guid objectionId, ObjectionRulingRequest request, ApplicationEditor editor, TimeProvider clock, CancellationToken cancellationToken) =>
        editor.ApplyAsync(id, application => application.RuleOnObjection(editor.Actor, objectionId, request.Upheld, request.Reason, clock.GetUtcNow()), cancellationToken);

    /// <summary>Initialised by members, not a constructor, so that queries can still filter on it.</summary>
    private sealed class NoticeRow
    {
        public required PublicNotice Notice { get; init; }
        public required FilingApplication Application { get; init; }
        public string? ChairUnit { get; init; }
    }

    private static IQueryable<NoticeRow> Query(FilingDbContext db) =>
        from notice in db.Set<PublicNotice>().AsNoTracking()
        join application in db.Applications.AsNoTracking().IgnoreAutoIncludes() on EF.Property<Guid>(notice, "ApplicationId") equals application.Id
        join alliance in db.Alliances.AsNoTracking() on application.AllianceId equals alliance.AllianceId into alliances
        from alliance in alliances.DefaultIfEmpty()
        select new NoticeRow { Notice = notice, Application = application, ChairUnit = alliance == null ? null : alliance.ChairUnitName };

    private static PublicNoticeResponse Response(NoticeRow n, DateTimeOffset now) => new(
        n.Notice.Id, n.Application.AllianceId, n.Application.AllianceName, n.Application.IndustryField, n.ChairUnit, n.Application.Region,
        n.Notice.FirstDay, n.Notice.LastDay, n.Notice.WorkingDays, n.Notice.ClosesAt,
        n.Application.Status == FilingStatus.PublicNotice && n.Notice.IsOpenAt(now), n.Notice.YearsWithoutSchedule);
}
