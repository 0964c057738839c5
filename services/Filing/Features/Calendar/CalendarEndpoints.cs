using System.ComponentModel;
using System.Security.Claims;
using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Http.Idempotency;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Features.Calendar;

public sealed record HolidayScheduleRequest(
    [property: Description("Official holidays (放假) of the year")] IReadOnlyList<DateOnly> Holidays,
    [property: Description("Weekend days that are working days (调休上班)")] IReadOnlyList<DateOnly> MakeUpWorkingDays,
    [property: Description("Where the schedule comes from, e.g. 国务院办公厅, 2025-11-04")] string? Source);

/// <param name="Loaded">False when no schedule is loaded: the year is then counted Monday–Friday.</param>
public sealed record HolidayScheduleResponse(
    int Year, bool Loaded, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> MakeUpWorkingDays, string? Source,
    DateTimeOffset? UpdatedAt, string? Note);

public sealed record WindowResponse(
    DateOnly OpensOn, DateOnly FirstDay, DateOnly LastDay, int WorkingDays, DateTimeOffset ClosesAt,
    IReadOnlyList<int> YearsWithoutSchedule, string? Note);

public sealed record WorkingDaysBetweenResponse(DateOnly From, DateOnly To, int WorkingDays, IReadOnlyList<int> YearsWithoutSchedule, string? Note);

/// <summary>The working-day calendar (national holidays and make-up working days) that every deadline counts by.</summary>
internal static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        // Officials, applicants and experts count deadlines by it; operations staff see no business data.
        var calendar = app.MapGroup("/api/filing/calendar").WithTags("Working-day calendar")
            .RequireAuthorization(policy => policy.RequireRole([PlatformRoles.Applicant, PlatformRoles.Expert, .. PlatformRoles.Reviewers]));
        calendar.MapGet("/{year:int}", GetYearAsync)
            .WithName("GetHolidaySchedule")
            .WithSummary("A year's holidays and make-up working days, or that none is loaded");
        calendar.MapPut("/{year:int}", PutYearAsync)
            .WithName("PutHolidaySchedule")
            .WithSummary("Load or correct a year's holiday schedule (admin division); announced as HolidayScheduleChanged")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.AdminDivision))
            .WithIdempotency<FilingDbContext, RouteHandlerBuilder>()
            .Audited("calendar.put_year", "holiday_schedule")
            .WithRequestExample(new HolidayScheduleRequest(
                [.. ChinaHolidaySchedules.Year2026.Holidays], [.. ChinaHolidaySchedules.Year2026.MakeUpWorkingDays], ChinaHolidaySchedules.Year2026.Source))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        calendar.MapGet("/window", WindowAsync)
            .WithName("GetWorkingDayWindow")
            .WithSummary("The window of N working days opening on a date: first and last day, and when it closes (24:00 Asia/Shanghai)")
            .ProducesValidationProblem();
        calendar.MapGet("/working-days", BetweenAsync)
            .WithName("CountWorkingDays")
            .WithSummary("Working days after `from` up to and including `to`");
        return app;
    }

    private static async Task<Ok<HolidayScheduleResponse>> GetYearAsync(int year, FilingDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.Set<HolidayScheduleRow>().AsNoTracking().SingleOrDefaultAsync(s => s.Year == year, cancellationToken);
        return TypedResults.Ok(row is null
            ? new HolidayScheduleResponse(year, false, [], [], null, null, NoScheduleNote([year]))
            : new HolidayScheduleResponse(year, true, row.Holidays, row.MakeUpWorkingDays, row.Source, row.UpdatedAt, null));
    }

    private static async Task<Ok<HolidayScheduleResponse>> PutYearAsync(
        int year, HolidayScheduleRequest request, ClaimsPrincipal user, FilingDbContext db, IOutbox outbox, IAuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var schedule = HolidaySchedule.Create(year, request.Holidays ?? [], request.MakeUpWorkingDays ?? [], request.Source);
        var row = await db.Set<HolidayScheduleRow>().SingleOrDefaultAsync(s => s.Year == year, cancellationToken);
        if (row is null)
        {
            row = new HolidayScheduleRow { Year = year };
            db.Add(row);
        }
        row.Holidays = [.. schedule.Holidays];
        row.MakeUpWorkingDays = [.. schedule.MakeUpWorkingDays];
        row.Source = schedule.Source;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = user.Caller() ?? "";
        // Other services count their deadlines by it too (Reporting's working days left).
        outbox.ScheduleChanged(row, row.UpdatedAt);
        audit.Succeeded(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new HolidayScheduleResponse(year, true, row.Holidays, row.MakeUpWorkingDays, row.Source, row.UpdatedAt, null));
    }

    private static async Task<Results<Ok<WindowResponse>, ValidationProblem>> WindowAsync(
        DateOnly opensOn, int workingDays, CalendarSource calendar, CancellationToken cancellationToken)
    {
        if (opensOn.Year is < HolidayScheduleRules.FirstYear or > HolidayScheduleRules.LastYear)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["opensOn"] = [$"日期须在{HolidayScheduleRules.FirstYear}至{HolidayScheduleRules.LastYear}年之间。 / The date is between {HolidayScheduleRules.FirstYear} and {HolidayScheduleRules.LastYear}."],
            });
        }
        if (workingDays is < 1 or > WorkingDayCalendar.MaxWorkingDays)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["workingDays"] = [$"窗口须为1至{WorkingDayCalendar.MaxWorkingDays}个工作日。 / A window is 1 to {WorkingDayCalendar.MaxWorkingDays} working days."],
            });
        }
        var window = await calendar.WindowAsync(opensOn, workingDays, cancellationToken);
        return TypedResults.Ok(new WindowResponse(
            window.OpensOn, window.FirstDay, window.LastDay, window.WorkingDays, window.ClosesAt, window.YearsWithoutSchedule,
            NoScheduleNote(window.YearsWithoutSchedule)));
    }

    private static async Task<Ok<WorkingDaysBetweenResponse>> BetweenAsync(
        DateOnly from, DateOnly to, CalendarSource source, CancellationToken cancellationToken)
    {
        var calendar = await source.LoadAsync(cancellationToken);
        var missing = calendar.YearsWithoutSchedule(from, to);
        return TypedResults.Ok(new WorkingDaysBetweenResponse(from, to, calendar.WorkingDaysBetween(from, to), missing, NoScheduleNote(missing)));
    }

    private static string? NoScheduleNote(IReadOnlyList<int> years) => years.Count == 0
        ? null
        : $"{string.Join("、", years)}年的节假日安排尚未载入，暂按周一至周五计算工作日。 / No holiday schedule is loaded for {string.Join(", ", years)}: working days are counted Monday to Friday.";
}
