using System.Net;
using System.Text.Json;
using AlliancePlatform.Portal.Features.Reports;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using static AlliancePlatform.Portal.Tests.Reports.ReportsFixtures;

namespace AlliancePlatform.Portal.Tests.Reports;

public class MyReportsTests
{
    private static FakeGateway Gateway(Func<HttpRequestMessage, HttpResponseMessage>? onPost = null, Func<string>? achievements = null) => new(request =>
    {
        var path = request.RequestUri!.AbsolutePath;
        if (request.Method == HttpMethod.Post)
        {
            return onPost?.Invoke(request) ?? new HttpResponseMessage(HttpStatusCode.InternalServerError);
        }
        return path switch
        {
            "/api/membership/alliances" => FakeGateway.Json(AlliancesPage),
            _ when path == $"/api/reporting/alliances/{Alliance}/obligations" => FakeGateway.Json(Obligations),
            _ when path == $"/api/reporting/alliances/{Alliance}/achievements" => FakeGateway.Json(achievements?.Invoke() ?? NoAchievements),
            _ => NotFound(),
        };
    });

    private static IRenderedComponent<PageHost> Open(PortalTestContext context)
    {
        context.SignIn("演示用户", "applicant", Org);
        var page = context.RenderPage<MyReports>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=report-row]").Count));
        return page;
    }

    [Fact]
    public async Task EachYearOwed_IsListedWithItsDueDateAndStatus_InChinese_AndLinksToItsForm()
    {
        await using var context = new PortalTestContext(Gateway());

        var page = Open(context);

        var rows = page.FindAll("[data-testid=report-row]");
        Assert.Equal(["2026", "2025"], rows.Select(r => r.GetAttribute("data-year")));
        Assert.Equal("2027年1月31日", rows[0].QuerySelector("[data-testid=report-row-due-on]")!.TextContent);
        Assert.Equal("待提交", rows[0].QuerySelector("[data-testid=report-row-status]")!.TextContent);
        Assert.Equal("due", rows[0].QuerySelector("[data-testid=report-row-status]")!.GetAttribute("data-status"));
        Assert.Contains("剩余12个工作日", rows[0].TextContent);
        Assert.Contains("未填写", rows[0].TextContent);
        Assert.Equal("逾期提交", rows[1].QuerySelector("[data-testid=report-row-status]")!.TextContent);
        Assert.Contains("逾期3天", rows[1].TextContent);
        Assert.Contains("已接收", rows[1].TextContent);
        Assert.Equal($"my/reports/{Alliance}/2026", rows[0].QuerySelector("[data-testid=open-report]")!.GetAttribute("href"));
        // The alliance Reporting does not know (not filed) says so instead of a table.
        Assert.Single(page.FindAll("[data-testid=report-not-filed]"));
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public async Task TheStatuses_AreNamedInEnglishToo()
    {
        await using var context = new PortalTestContext(Gateway(), "en");

        var page = Open(context);

        var rows = page.FindAll("[data-testid=report-row]");
        Assert.Equal("Due", rows[0].QuerySelector("[data-testid=report-row-status]")!.TextContent);
        Assert.Contains("12 working days left", rows[0].TextContent);
        Assert.Equal("Submitted late", rows[1].QuerySelector("[data-testid=report-row-status]")!.TextContent);
        Assert.Contains("Accepted", rows[1].TextContent);
        Assert.DoesNotContain("待提交", page.Markup);
    }

    [Fact]
    public async Task RegisteringAnAchievementEmpty_SaysWhatIsMissing_AndSendsNothing()
    {
        var gateway = Gateway();
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=achievement-form]")));

        page.Find("[data-testid=achievement-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("此项为必填项。", FieldText(page, "achievement-title")));
        Assert.Contains("请上传至少一份证明材料", page.Find("[data-testid=achievement-evidence-error]").TextContent);
        Assert.Empty(gateway.Writes);
    }

    [Fact]
    public async Task AnAchievement_IsRegisteredWithItsUploadedEvidence_OnceAcrossARetry_AndListed()
    {
        const string evidenceProblem = """
            {"title":"证明材料须为已上传的附件，不重复，最多20份。","detail":"Evidence must be uploaded attachments, each once, at most 20.","status":422,"code":"achievement.evidence_invalid"}
            """;
        var answers = new Queue<HttpResponseMessage>([
            FakeGateway.Problem(evidenceProblem, HttpStatusCode.UnprocessableEntity),
            FakeGateway.Json(OneAchievement.Split("\"items\":[")[1].Split("],\"pageNumber\"")[0], HttpStatusCode.Created),
        ]);
        var registered = false;
        var gateway = Gateway(
            request =>
            {
                if (request.RequestUri!.AbsolutePath.EndsWith("/evidence", StringComparison.Ordinal))
                {
                    return FakeGateway.Json(Evidence, HttpStatusCode.Created);
                }
                var answer = answers.Dequeue();
                registered = answer.IsSuccessStatusCode;
                return answer;
            },
            () => registered ? OneAchievement : NoAchievements);
        await using var context = new PortalTestContext(gateway);
        var page = Open(context);
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=achievements-empty]")));

        var select = page.FindComponent<MudSelect<string>>();
        await page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("patent"));
        Input(page, "achievement-title").Input("一种高强碳纤维的制备方法");
        Input(page, "achievement-date").Input("2026-09-15");
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("%PDF-1.4", "专利证书.pdf"));
        page.WaitForAssertion(() => Assert.Equal("专利证书.pdf", page.Find("[data-testid=achievement-evidence]").TextContent.Trim()));

        page.Find("[data-testid=achievement-form]").Submit();
        page.WaitForAssertion(() => Assert.Contains("证明材料须为已上传的附件", page.Find("[data-testid=problem]").TextContent));
        Assert.DoesNotContain("Evidence must be", page.Find("[data-testid=problem]").TextContent);
        Assert.Equal("一种高强碳纤维的制备方法", Input(page, "achievement-title").GetAttribute("value"));
        page.Find("[data-testid=achievement-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("一种高强碳纤维的制备方法", page.Find("[data-testid=achievement-registered]").TextContent));
        page.WaitForAssertion(() => Assert.Equal("一种高强碳纤维的制备方法", page.Find("[data-testid=achievement-row]").TextContent));
        var writes = gateway.Writes.Where(w => w.Uri.AbsolutePath.EndsWith("/achievements", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, writes.Count);
        Assert.NotNull(writes[0].IdempotencyKey);
        Assert.Equal(writes[0].IdempotencyKey, writes[1].IdempotencyKey);
        using var body = JsonDocument.Parse(writes[1].Body);
        Assert.Equal("patent", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("一种高强碳纤维的制备方法", body.RootElement.GetProperty("title").GetString());
        Assert.Equal("2026-09-15", body.RootElement.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("value").ValueKind);
        Assert.Equal("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", body.RootElement.GetProperty("evidenceIds")[0].GetString());
        // The form starts afresh for the next achievement.
        Assert.Equal("", Input(page, "achievement-title").GetAttribute("value") ?? "");
    }
}
