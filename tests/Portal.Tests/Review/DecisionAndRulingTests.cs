using System.Globalization;
using System.Net;
using AlliancePlatform.Portal.Features.Review;
using Bunit;
using static AlliancePlatform.Portal.Tests.Review.ReviewFixtures;

namespace AlliancePlatform.Portal.Tests.Review;

public class DecisionAndRulingTests
{
    private const string MeetingReferenceProblem = """
        {"title":"提交的数据有误 / Some fields are not valid","status":400,
         "errors":{"MeetingReference":["会议纪要不能超过100个字符。 / The meeting reference has at most 100 characters."]}}
        """;

    private static string Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IRenderedComponent<PageHost> Open(PortalTestContext context, string form)
    {
        context.SignIn("综合处", "admin_division");
        var page = context.RenderPage<ReviewPage>(p => p.Add(r => r.ApplicationId, Application));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"[data-testid={form}]")));
        return page;
    }

    [Fact]
    public async Task ARefusal_NeedsAReason_AndAMeetingReference_TheDateDefaultsToToday()
    {
        var gateway = new FakeGateway(_ => Ok(ApplicationJson("expert_consulted", "filing_decision", "admin_division")));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context, "decision-form");

        Assert.Equal(Today, page.Field("meeting-on").GetAttribute("value"));
        Assert.Equal("date", page.Field("meeting-on").GetAttribute("type"));
        page.Choose("decision-approved-false");
        page.Find("[data-testid=decision-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("此项为必填项。", page.FieldText("decision-reason")));
        Assert.Contains("此项为必填项。", page.FieldText("meeting-reference"));
        Assert.Empty(gateway.Writes);
    }

    [Fact]
    public async Task TheMeetingDecision_ShowsThePanelsOpinions_ToTheAdminDivision()
    {
        await using var context = new PortalTestContext(new FakeGateway(_ => Ok(ApplicationJson("expert_consulted", "filing_decision", "admin_division",
            panel: [PanelEntry(Management, "赵敏", "science_technology_management", "supports"), PanelEntry(Industry, "钱峰", "industry", "opposes")]))));

        var page = Open(context, "decision-form");

        var summary = page.Find("[data-testid=panel-summary]").TextContent;
        Assert.Contains("赵敏", summary);
        Assert.Contains("不同意", summary);
    }

    [Fact]
    public async Task AMeetingInTheFuture_IsRefusedBeforeSending()
    {
        var gateway = new FakeGateway(_ => Ok(ApplicationJson("expert_consulted", "filing_decision", "admin_division")));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context, "decision-form");

        page.Field("meeting-on").Input("2999-01-01");
        page.Field("meeting-reference").Input("厅会议纪要〔2026〕15号");
        page.Choose("decision-approved-true");
        page.Find("[data-testid=decision-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("会议日期不能晚于今天。", page.FieldText("meeting-on")));
        Assert.Empty(gateway.Writes);
    }

    [Fact]
    public async Task AnApproval_IsSentWithOneKeyAcrossARetry_AServerFieldErrorPlacedBesideTheReference()
    {
        var answers = new Queue<HttpResponseMessage>([
            Problem(MeetingReferenceProblem, HttpStatusCode.BadRequest),
            Ok(ApplicationJson("public_notice", "public_notice", "admin_division")),
        ]);
        var gateway = new FakeGateway(request => request.Method == HttpMethod.Post
            ? answers.Dequeue()
            : Ok(ApplicationJson("expert_consulted", "filing_decision", "admin_division")));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context, "decision-form");

        page.Field("meeting-reference").Input("厅会议纪要〔2026〕15号");
        page.Choose("decision-approved-true");
        page.Field("decision-reason").Input("同意备案。");
        page.Find("[data-testid=decision-form]").Submit();
        page.WaitForAssertion(() => Assert.Contains("会议纪要不能超过100个字符。", page.FieldText("meeting-reference")));
        Assert.Equal("厅会议纪要〔2026〕15号", page.Field("meeting-reference").GetAttribute("value"));
        page.Find("[data-testid=decision-form]").Submit();

        page.WaitForAssertion(() => Assert.Equal("public_notice", page.Find("[data-testid=review-status]").GetAttribute("data-status")));
        Assert.Equal(2, gateway.Writes.Count);
        Assert.Equal(gateway.Writes[0].IdempotencyKey, gateway.Writes[1].IdempotencyKey);
        var body = Body(gateway.Writes[1]);
        Assert.Equal($"{ApplicationPath}/decision", gateway.Writes[1].Uri.AbsolutePath);
        Assert.Equal(Today, body.GetProperty("meetingOn").GetString());
        Assert.Equal("厅会议纪要〔2026〕15号", body.GetProperty("meetingReference").GetString());
        Assert.True(body.GetProperty("approved").GetBoolean());
        Assert.Equal("同意备案。", body.GetProperty("reason").GetString());
        Assert.NotEmpty(page.FindAll("[data-testid=objections-empty]"));
    }

    [Fact]
    public async Task AnObjection_IsRuledOn_WithAReasonRequired()
    {
        var gateway = new FakeGateway(request => request.Method == HttpMethod.Post
            ? Ok(ApplicationJson("public_notice", "public_notice", "admin_division", objections: [ObjectionEntry("rejected")]))
            : Ok(ApplicationJson("public_notice", "public_notice", "admin_division", objections: [ObjectionEntry()])));
        await using var context = new PortalTestContext(gateway);
        var page = Open(context, "objection-row");

        Assert.Contains("13800000000", page.Find("[data-testid=objection-row]").TextContent);
        page.Choose("ruling-rejected");
        page.Find("[data-testid=ruling-form]").Submit();
        page.WaitForAssertion(() => Assert.Contains("此项为必填项。", page.FieldText("ruling-reason")));
        Assert.Empty(gateway.Writes);

        page.Field("ruling-reason").Input("经核实，全体成员单位均已签署章程，异议不成立。");
        page.Find("[data-testid=ruling-form]").Submit();

        page.WaitForAssertion(() => Assert.Equal("rejected", page.Find("[data-testid=objection-row]").GetAttribute("data-ruling")));
        var write = gateway.Writes.Single();
        Assert.Equal($"{ApplicationPath}/objections/{Objection}/ruling", write.Uri.AbsolutePath);
        Assert.False(Body(write).GetProperty("upheld").GetBoolean());
        Assert.Equal("经核实，全体成员单位均已签署章程，异议不成立。", Body(write).GetProperty("reason").GetString());
        Assert.Empty(page.FindAll("[data-testid=ruling-form]"));
    }
}
