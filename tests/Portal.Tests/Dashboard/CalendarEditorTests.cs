using System.Text.Json;
using AlliancePlatform.Portal.Features.Calendar;

namespace AlliancePlatform.Portal.Tests.Dashboard;

public class CalendarEditorTests
{
    private static readonly DateOnly Day = new(2026, 3, 15);

    private static CalendarEditor Editor() => new(
        new HolidaySchedule(2026, true, [new(2026, 1, 1), new(2026, 10, 1)], [new(2026, 10, 10)], "国务院办公厅, 2025-11-04", null, null),
        Day);

    private static (string Key, object? Argument)? Try(CalendarEditor editor, string date, string kind)
    {
        editor.DateText = date;
        editor.Kind = kind;
        editor.Add();
        return editor.DateProblem;
    }

    [Fact]
    public void TheDateToAdd_StartsAtToday_InTheYearShown_ElseAtItsFirstDay()
    {
        Assert.Equal("2026-03-15", Editor().DateText);
        Assert.Equal("2027-01-01", new CalendarEditor(new HolidaySchedule(2027, false, [], [], null, null, null), Day).DateText);
    }

    [Fact]
    public void AHoliday_IsAddedInDateOrder_AndMarksTheYearChanged()
    {
        var editor = Editor();

        Assert.Null(Try(editor, "2026-05-01", CalendarEditor.Holiday));

        Assert.Equal(["2026-01-01", "2026-05-01", "2026-10-01", "2026-10-10"], editor.Days.Select(d => d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(CalendarEditor.Holiday, editor.Days[1].Kind);
        Assert.True(editor.Changed);
    }

    [Theory]
    [InlineData("2026/05/01", CalendarEditor.Holiday, "CalendarDateInvalid")]
    [InlineData("", CalendarEditor.Holiday, "CalendarDateInvalid")]
    [InlineData("2027-01-01", CalendarEditor.Holiday, "CalendarDateOutsideYear")]
    [InlineData("2026-10-01", CalendarEditor.Holiday, "CalendarDayListed")]
    [InlineData("2026-10-10", CalendarEditor.Holiday, "CalendarDayBothKinds")]
    [InlineData("2026-10-01", CalendarEditor.MakeUpWorkingDay, "CalendarDayBothKinds")]
    [InlineData("2026-10-12", CalendarEditor.MakeUpWorkingDay, "CalendarMakeUpNotWeekend")]
    public void ADayTheApiWouldRefuse_IsNotAdded(string date, string kind, string problem)
    {
        var editor = Editor();

        Assert.Equal(problem, Try(editor, date, kind)?.Key);
        Assert.Equal(3, editor.Days.Count);
        Assert.False(editor.Changed);
    }

    [Fact]
    public void AWeekendMakeUpDay_IsAdded()
    {
        var editor = Editor();

        Assert.Null(Try(editor, "2026-02-14", CalendarEditor.MakeUpWorkingDay)); // a Saturday

        Assert.Contains(new CalendarDay(new DateOnly(2026, 2, 14), CalendarEditor.MakeUpWorkingDay), editor.Days);
    }

    [Fact]
    public void Removing_TakesTheDayOut_AndTheRequestHoldsTheWholeYear()
    {
        var editor = Editor();
        editor.Remove(new DateOnly(2026, 10, 10));
        editor.Source = "  国务院办公厅, 2025-11-04（更正）  ";

        using var body = JsonDocument.Parse(JsonSerializer.Serialize(editor.ToRequest()));

        Assert.Equal(["2026-01-01", "2026-10-01"], body.RootElement.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()));
        Assert.Empty(body.RootElement.GetProperty("makeUpWorkingDays").EnumerateArray());
        Assert.Equal("国务院办公厅, 2025-11-04（更正）", body.RootElement.GetProperty("source").GetString());
        Assert.True(editor.Changed);
    }

    [Fact]
    public void ASourceTooLong_IsAProblem()
    {
        var editor = Editor();
        editor.Source = new string('国', 201);

        Assert.Equal("FieldTooLong", editor.SourceProblem);
        Assert.True(editor.Changed);
    }

    [Fact]
    public void Saving_TakesTheServersSchedule_AndRenewsTheKey()
    {
        var editor = Editor();
        Try(editor, "2026-05-01", CalendarEditor.Holiday);
        var key = editor.IdempotencyKey;

        editor.Saved(new HolidaySchedule(2026, true, [new(2026, 1, 1), new(2026, 5, 1), new(2026, 10, 1)], [new(2026, 10, 10)], "国务院办公厅, 2025-11-04", DateTimeOffset.UtcNow, null));

        Assert.False(editor.Changed);
        Assert.NotEqual(key, editor.IdempotencyKey);
        Assert.Equal(4, editor.Days.Count);
    }
}
