using System.Globalization;
using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Features.Calendar;

/// <summary>
/// A year's holiday schedule being edited, with the API's rules checked as a day is added (a date of the year; not both
/// a holiday and a make-up working day; a make-up working day on a Saturday or Sunday). Edits stay until saved; the
/// <see cref="IdempotencyKey"/> is kept across retries and renewed only after a save succeeded.
/// </summary>
public sealed class CalendarEditor
{
    public const string Holiday = "holiday";
    public const string MakeUpWorkingDay = "make_up_working_day";
    public const int SourceMaxLength = 200;

    public static readonly IReadOnlyList<string> Kinds = [Holiday, MakeUpWorkingDay];

    private readonly SortedSet<DateOnly> _holidays;
    private readonly SortedSet<DateOnly> _makeUpDays;

    public CalendarEditor(HolidaySchedule schedule, DateOnly today)
    {
        Year = schedule.Year;
        _holidays = [.. schedule.Holidays];
        _makeUpDays = [.. schedule.MakeUpWorkingDays];
        Source = _savedSource = schedule.Source;
        DateText = (today.Year == Year ? today : new DateOnly(Year, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public int Year { get; }

    /// <summary>The date to add, as typed (yyyy-MM-dd).</summary>
    public string? DateText { get; set; }
    public string Kind { get; set; } = Holiday;
    public string? Source { get; set; }

    public string IdempotencyKey { get; private set; } = Guid.NewGuid().ToString("N");

    private bool _daysChanged;
    private string? _savedSource;

    /// <summary>Days added or removed, or the source changed, since the schedule was loaded or last saved.</summary>
    public bool Changed => _daysChanged || (Source?.Trim() ?? "") != (_savedSource ?? "");

    /// <summary>What is wrong with the day last tried, as a text key with its argument; null when it was added.</summary>
    public (string Key, object? Argument)? DateProblem { get; private set; }

    public ApiProblem? ServerProblem { get; set; }

    public IReadOnlyList<CalendarDay> Days =>
    [
        .. _holidays.Select(d => new CalendarDay(d, Holiday)).Concat(_makeUpDays.Select(d => new CalendarDay(d, MakeUpWorkingDay))).OrderBy(d => d.Date),
    ];

    public string? SourceProblem => Source?.Trim().Length > SourceMaxLength ? "FieldTooLong" : null;

    /// <summary>Adds the typed date as <see cref="Kind"/>; false (with <see cref="DateProblem"/>) when a rule refuses it.</summary>
    public bool Add()
    {
        DateProblem = Check();
        if (DateProblem is not null)
        {
            return false;
        }
        var day = Parse(DateText)!.Value;
        (Kind == MakeUpWorkingDay ? _makeUpDays : _holidays).Add(day);
        _daysChanged = true;
        return true;
    }

    public void Remove(DateOnly day)
    {
        if (_holidays.Remove(day) | _makeUpDays.Remove(day))
        {
            _daysChanged = true;
        }
    }

    private (string, object?)? Check()
    {
        if (Parse(DateText) is not { } day)
        {
            return ("CalendarDateInvalid", null);
        }
        if (day.Year != Year)
        {
            return ("CalendarDateOutsideYear", Year);
        }
        var (same, other) = Kind == MakeUpWorkingDay ? (_makeUpDays, _holidays) : (_holidays, _makeUpDays);
        if (same.Contains(day))
        {
            return ("CalendarDayListed", null);
        }
        if (other.Contains(day))
        {
            return ("CalendarDayBothKinds", null);
        }
        if (Kind == MakeUpWorkingDay && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            return ("CalendarMakeUpNotWeekend", null);
        }
        return null;
    }

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>The PUT body: the whole year's lists, in date order, and the source.</summary>
    public object ToRequest() => new
    {
        holidays = _holidays.Select(Text).ToArray(),
        makeUpWorkingDays = _makeUpDays.Select(Text).ToArray(),
        source = string.IsNullOrWhiteSpace(Source) ? null : Source.Trim(),
    };

    /// <summary>After a save: the schedule as the server holds it, nothing unsaved, a fresh key for the next change.</summary>
    public void Saved(HolidaySchedule schedule)
    {
        _holidays.Clear();
        _holidays.UnionWith(schedule.Holidays);
        _makeUpDays.Clear();
        _makeUpDays.UnionWith(schedule.MakeUpWorkingDays);
        Source = _savedSource = schedule.Source;
        _daysChanged = false;
        ServerProblem = null;
        IdempotencyKey = Guid.NewGuid().ToString("N");
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
