using System.Net;
using AlliancePlatform.Portal.Features.Revocations;
using Bunit;
using static AlliancePlatform.Portal.Tests.Review.ReviewFixtures;

namespace AlliancePlatform.Portal.Tests.Review;

public class RevocationTests
{
    private static readonly Guid Case = Guid.Parse("66666666-6666-4666-8666-666666666666");

    private static string CaseJson(string status) => $$"""
        {"id":"{{Case}}","allianceId":"0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e01","allianceName":"黑龙江省新材料产业技术创新联盟",
         "cause":"refused_assessment_or_two_years_no_report","source":"reporting_two_years_missing","sourceReference":"2026-2027",
         "grounds":"连续两年未提交年度报告。","openedAt":"2026-03-02T01:00:00Z","openedBy":"system","status":"{{status}}",
         "decidedAt":{{(status == "open" ? "null" : "\"2026-03-05T02:00:00Z\"")}},"decidedBy":null,
         "decisionReason":{{(status == "open" ? "null" : "\"经厅会议研究取消备案。\"")}}}
        """;

    [Fact]
    public async Task TheCases_AreListed_OpenOnlyAsksTheApi()
    {
        var gateway = new FakeGateway(_ => Ok($$"""{"items":[{{CaseJson("open")}}],"pageNumber":1,"pageSize":20,"totalCount":1}"""));
        await using var context = new PortalTestContext(gateway);
        context.SignIn("综合处", "admin_division");
        var page = context.RenderPage<RevocationList>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=revocation-row]")));

        Assert.Contains("连续两年未提交年度报告", page.Find("[data-testid=revocation-row]").TextContent);
        Assert.Equal($"revocations/{Case}", page.Find("[data-testid=open-revocation]").GetAttribute("href"));
        page.Tick("revocation-open-only");

        page.WaitForAssertion(() => Assert.Equal("/api/filing/revocation-cases?page=1&pageSize=20&status=open", gateway.Requests[^1].PathAndQuery));
    }

    [Fact]
    public async Task ACase_IsDecided_WithAReasonRequired_AndOneKeyAcrossARetry()
    {
        var answers = new Queue<HttpResponseMessage>([new HttpResponseMessage(HttpStatusCode.ServiceUnavailable), Ok(CaseJson("revoked"))]);
        var gateway = new FakeGateway(request => request.Method == HttpMethod.Post ? answers.Dequeue() : Ok(CaseJson("open")));
        await using var context = new PortalTestContext(gateway);
        context.SignIn("综合处", "admin_division");
        var page = context.RenderPage<RevocationDetail>(p => p.Add(d => d.CaseId, Case));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=revocation-form]")));

        page.Choose("revocation-decision-revoke");
        page.Find("[data-testid=revocation-form]").Submit();
        page.WaitForAssertion(() => Assert.Contains("此项为必填项。", page.FieldText("revocation-reason")));
        Assert.Empty(gateway.Writes);

        page.Field("revocation-reason").Input("经厅会议研究取消备案。");
        page.Find("[data-testid=revocation-form]").Submit();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=problem]")));
        page.Find("[data-testid=revocation-form]").Submit();

        page.WaitForAssertion(() => Assert.Equal("revoked", page.Find("[data-testid=revocation-status]").GetAttribute("data-status")));
        Assert.Empty(page.FindAll("[data-testid=revocation-form]"));
        Assert.Equal(2, gateway.Writes.Count);
        Assert.Equal(gateway.Writes[0].IdempotencyKey, gateway.Writes[1].IdempotencyKey);
        Assert.Equal($"/api/filing/revocation-cases/{Case}/decision", gateway.Writes[1].Uri.AbsolutePath);
        Assert.True(Body(gateway.Writes[1]).GetProperty("revoke").GetBoolean());
        Assert.Equal("经厅会议研究取消备案。", Body(gateway.Writes[1]).GetProperty("reason").GetString());
    }
}
