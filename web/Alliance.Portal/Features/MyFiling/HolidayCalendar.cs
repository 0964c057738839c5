using AlliancePlatform.Portal.Features.Calendar;
using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Features.MyFiling;

/// <summary>A run of consecutive holidays (e.g. 国庆 10月1日–8日), which a due date does not count.</summary>
public sealed record HolidayRun(DateOnly First, DateOnly Last);

/// <summary>
/// The holidays of the working-day calendar for the years an application's stages touch, read once per page from
/// <c>GET /api/filing/calendar/{year}</c>. A year the API cannot give is simply not marked.
/// </summary>
public sealed class HolidayCalendar
{
    private readonly Dictionary<int, HolidaySchedule> _years = [];

    public static HolidayCalendar Empty { get; } = new();

    public static async Task<HolidayCalendar> LoadAsync(GatewayClient gateway, FilingApplication application)
    {
        var years = application.Stages.SelectMany(s => new[] { ProvinceTime.DateOf(s.OpenedAt).Year, s.DueOn.Year })
            .Distinct().Order().ToList();
        var calendar = new HolidayCalendar();
        foreach (var year in years)
        {
            if ((await gateway.GetAsync<HolidaySchedule>($"/api/filing/calendar/{year}")).Value is { } schedule)
            {
                calendar._years[year] = schedule;
            }
        }
        return calendar;
    }

    /// <summary>The holidays after <paramref name="from"/> up to <paramref name="to"/>, joined into runs of consecutive days.</summary>
    public IReadOnlyList<HolidayRun> Between(DateOnly from, DateOnly to)
    {
        var days = _years.Values.SelectMany(y => y.Holidays).Where(d => d > from && d <= to).Distinct().Order().ToList();
        var runs = new List<HolidayRun>();
        foreach (var day in days)
        {
            if (runs.Count > 0 && runs[^1].Last.AddDays(1) == day)
            {
                runs[^1] = runs[^1] with { Last = day };
            }
            else
            {
                runs.Add(new HolidayRun(day, day));
            }
        }
        return runs;
    }

    /// <summary>Years between the two dates whose schedule the calendar says is not loaded (counted Monday–Friday).</summary>
    public IReadOnlyList<int> YearsWithoutSchedule(DateOnly from, DateOnly to) =>
        [.. _years.Values.Where(y => !y.Loaded && y.Year >= from.Year && y.Year <= to.Year).Select(y => y.Year)];
}
