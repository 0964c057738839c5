using System.Globalization;
using System.Net;
using System.Text.Json;
using AlliancePlatform.Portal.Features.Calendar;
using Bunit;

namespace AlliancePlatform.Portal.Tests.Dashboard;

public class CalendarPageTests
{
    private static readonly int Year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;

    private static string Schedule(int year, params string[] holidays) => JsonSerializer.Serialize(new
    {
        year,
        loaded = true,
        holidays,
        makeUpWorkingDays = Array.Empty<string>(),
        source = "国务院办公厅",
        updatedAt = "2026-01-05T02:00:00Z",
        note = (string?)null,
    });

    private const string NotWeekend = """
        {"title":"调休上班日不是周六或周日 / The make-up day is not a weekend day","status":422,"code":"calendar.make_up_day_not_weekend",
         "detail":"调休上班日2026-01-05不是周六或周日。 / The make-up working day 2026-01-05 is not a Saturday or Sunday."}
        """;

    private static FakeGateway Gateway(Func<HttpResponseMessage> onPut) => new(request => request.Method == HttpMethod.Put
        ? onPut()
        : FakeGateway.Json(Schedule(int.Parse(request.RequestUri!.Segments[^1], CultureInfo.InvariantCulture), $"{Year}-01-01")));

    private static IRenderedComponent<PageHost> Open(PortalTestContext context, string role = "admin_division")
    {
        context.SignIn("综合处王处长", role);
        var page = context.RenderPage<WorkingDayCalendar>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=calendar-day]")));
        return page;
    }

    private static void AddHoliday(IRenderedComponent<PageHost> page, string date)
    {
        page.Find("input[data-testid=calendar-date]").Input(date);
        page.Find("[data-testid=calendar-editor]").Submit();
    }

    private static string[] Dates(IRenderedComponent<PageHost> page) =>
        [.. page.FindAll("[data-testid=calendar-day]").Select(row => row.GetAttribute("data-date")!)];

    [Fact]
    public async Task TheYear_IsListedWithItsDaysInChinese_AndTheDateInputIsTypeable()
    {
        var gateway = Gateway(() => new HttpResponseMessage(HttpStatusCode.OK));
        await using var context = new PortalTestContext(gateway);

        var page = Open(context);

        Assert.Equal($"/api/filing/calendar/{Year}", gateway.Requests[0].AbsolutePath);
        var row = page.Find("[data-testid=calendar-day]");
        Assert.Equal($"{Year}-01-01", row.GetAttribute("data-date"));
        Assert.Contains($"{Year}年1月1日", row.TextContent);
        Assert.Contains("放假", row.TextContent);
        Assert.Equal("date", page.Find("input[data-testid=calendar-date]").GetAttribute("type"));
        Assert.Contains("国务院办公厅", page.Find("[data-testid=calendar-updated]").TextContent);
    }

    [Fact]
    public async Task ADateOutsideTheYear_IsExplained_AndNotAdded()
    {
        await using var context = new PortalTestContext(Gateway(() => new HttpResponseMessage(HttpStatusCode.OK)));
        var page = Open(context);

        AddHoliday(page, $"{Year + 1}-01-01");

        page.WaitForAssertion(() => Assert.Contains($"日期须在{Year}年内。", page.Find("[data-testid=calendar-editor]").TextContent));
        Assert.Equal([$"{Year}-01-01"], Dates(page));
        Assert.Empty(page.FindAll("[data-testid=calendar-unsaved]"));
    }

    [Fact]
    public async Task Saving_PutsTheWholeYear_AndShowsWhatTheServerHolds()
    {
        var gateway = Gateway(() => FakeGateway.Json(Schedule(Year, $"{Year}-01-01", $"{Year}-05-01")));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);

        AddHoliday(page, $"{Year}-05-01");
        page.WaitForAssertion(() => Assert.Equal([$"{Year}-01-01", $"{Year}-05-01"], Dates(page)));
        Assert.NotEmpty(page.FindAll("[data-testid=calendar-unsaved]"));
        page.Find("button[data-testid=save-calendar]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=calendar-saved]")));
        var put = Assert.Single(gateway.Writes);
        Assert.Equal($"/api/filing/calendar/{Year}", put.Uri.AbsolutePath);
        Assert.NotNull(put.IdempotencyKey);
        using var body = JsonDocument.Parse(put.Body);
        Assert.Equal([$"{Year}-01-01", $"{Year}-05-01"], body.RootElement.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()));
        Assert.Empty(body.RootElement.GetProperty("makeUpWorkingDays").EnumerateArray());
        Assert.Equal("国务院办公厅", body.RootElement.GetProperty("source").GetString());
        Assert.Empty(page.FindAll("[data-testid=calendar-unsaved]"));
    }

    [Fact]
    public async Task ARefusal_IsShownInTheLanguageChosen_TheEditsAreKept_AndTheRetryUsesTheSameKey()
    {
        var answers = new Queue<HttpResponseMessage>([
            FakeGateway.Problem(NotWeekend, HttpStatusCode.UnprocessableEntity),
            FakeGateway.Json(Schedule(Year, $"{Year}-01-01", $"{Year}-05-01")),
        ]);
        var gateway = Gateway(answers.Dequeue);
        await using var context = new PortalTestContext(gateway, "en");
        var page = Open(context);

        AddHoliday(page, $"{Year}-05-01");
        page.Find("[data-testid=calendar-day][data-date='" + Year + "-01-01'] button[data-testid=remove-calendar-day]").Click();
        AddHoliday(page, $"{Year}-01-01");
        page.Find("button[data-testid=save-calendar]").Click();

        page.WaitForAssertion(() => Assert.Equal(
            "The make-up working day 2026-01-05 is not a Saturday or Sunday.", page.Find("[data-testid=problem] .mud-alert-message div").TextContent.Trim()));
        Assert.DoesNotContain("调休上班日2026", page.Markup);
        Assert.Equal([$"{Year}-01-01", $"{Year}-05-01"], Dates(page));
        Assert.NotEmpty(page.FindAll("[data-testid=calendar-unsaved]"));

        page.Find("button[data-testid=save-calendar]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=calendar-saved]")));
        Assert.Equal(2, gateway.Writes.Count);
        Assert.Equal(gateway.Writes[0].IdempotencyKey, gateway.Writes[1].IdempotencyKey);
        Assert.Equal(gateway.Writes[0].Body, gateway.Writes[1].Body);
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public async Task AMakeUpWorkingDay_IsChosenFromTheKinds_AndMustBeAWeekendDay()
    {
        var saturday = new DateOnly(Year, 6, 1);
        while (saturday.DayOfWeek != DayOfWeek.Saturday)
        {
            saturday = saturday.AddDays(1);
        }
        await using var context = new PortalTestContext(Gateway(() => new HttpResponseMessage(HttpStatusCode.OK)));
        var page = Open(context);

        page.FindAll("div.mud-input-control.mud-select")[1].MouseDown();
        page.WaitForElement("[data-testid=calendar-kind-make_up_working_day]").Click();
        AddHoliday(page, saturday.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        page.WaitForAssertion(() => Assert.Contains("调休上班日须为周六或周日。", page.Find("[data-testid=calendar-editor]").TextContent));
        AddHoliday(page, saturday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=calendar-day]").Count));
        var added = page.Find($"[data-testid=calendar-day][data-date='{saturday:yyyy-MM-dd}']");
        Assert.Equal("make_up_working_day", added.GetAttribute("data-kind"));
        Assert.Contains("调休上班", added.TextContent);
        Assert.Contains("星期六", added.TextContent);
        Assert.DoesNotContain("调休上班日须为周六或周日。", page.Find("[data-testid=calendar-editor]").TextContent);
    }

    [Fact]
    public async Task AnApplicant_ReadsTheCalendar_ButCannotEditIt()
    {
        await using var context = new PortalTestContext(Gateway(() => new HttpResponseMessage(HttpStatusCode.OK)));

        var page = Open(context, "applicant");

        Assert.Empty(page.FindAll("[data-testid=calendar-editor]"));
        Assert.Empty(page.FindAll("[data-testid=remove-calendar-day]"));
        Assert.Empty(page.FindAll("[data-testid=save-calendar]"));
        Assert.Equal("工作日历由综合管理处室维护。", page.Find("[data-testid=calendar-read-only]").TextContent.Trim());
    }

    [Fact]
    public void TheCalendar_IsOpenToEveryRoleTheApiLetsRead_AndEditedByTheAdminDivision()
    {
        Assert.Equal(
            ["applicant", "expert", "recommender", "secretariat", "business_division", "admin_division"],
            CalendarRoles.Readers.Split(','));
        Assert.Equal("admin_division", CalendarRoles.Editors);
    }
}
