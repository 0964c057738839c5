using Bunit;
using static AlliancePlatform.Portal.Tests.MyFiling.FilingTestData;

namespace AlliancePlatform.Portal.Tests.MyFiling;

public class FilingTimelineTests
{
    /// <summary>Submitted on Monday 28 September 2026; ten working days later, over 国庆, is Thursday 15 October.</summary>
    private static string Submitted() => Application("submitted", [Form(), Charter()],
        stages: [Stage("recommendation", "recommender", "2026-09-28T02:00:00Z", "2026-10-15")],
        history: [Created, Step("2026-09-28T02:00:00Z", "applicant", "draft", "submitted", "submitted")]);

    internal static string InCorrection() => Application("correction_requested", [Form(), Charter()],
        stages:
        [
            Stage("recommendation", "recommender", "2026-09-16T02:00:00Z", "2026-09-30", closedAt: "2026-09-18T03:00:00Z", decision: "recommended",
                reason: "材料齐全，同意推荐。"),
            Stage("formal_review", "secretariat", "2026-09-18T03:00:00Z", "2026-10-09", pausedOn: "2026-09-22", remaining: 8),
            Stage("correction", "applicant", "2026-09-22T03:00:00Z", "2026-10-13", items: ["补充全体成员单位法定代表人签署页", "补充章程第三章"]),
        ],
        history:
        [
            Created,
            Step("2026-09-16T02:00:00Z", "applicant", "draft", "submitted", "submitted"),
            Step("2026-09-18T03:00:00Z", "recommender", "submitted", "recommended", "recommended", "材料齐全，同意推荐。"),
            Step("2026-09-22T03:00:00Z", "secretariat", "recommended", "correction_requested", "correction_requested", "章程签署页不全。"),
        ]);

    [Fact]
    public async Task AStagePastItsDueDate_IsMarkedOverdue_WithTheHolidaysItDidNotCount()
    {
        var api = new FakeFilingApi(Submitted());
        await using var context = Context(api.Gateway, chinaNow: "2026-10-16T09:00:00+08:00");

        var page = FilingMaterialsTests.Open(context);

        var stage = page.WaitForElement("[data-testid=timeline-stage]");
        Assert.Equal("recommendation", stage.GetAttribute("data-kind"));
        Assert.Equal("open", stage.GetAttribute("data-state"));
        Assert.Equal("初审推荐", stage.QuerySelector("[data-testid=stage-name]")!.TextContent);
        Assert.Equal("推荐单位", stage.QuerySelector("[data-testid=stage-assignee]")!.TextContent);
        Assert.Equal("2026年9月28日 10:00", stage.QuerySelector("[data-testid=stage-opened]")!.TextContent);
        var due = stage.QuerySelector("[data-testid=stage-due]")!;
        Assert.Equal("2026年10月15日", due.TextContent);
        Assert.Equal("true", due.GetAttribute("data-overdue"));
        Assert.Equal("已超期", stage.QuerySelector("[data-testid=stage-overdue]")!.TextContent);
        Assert.Equal("（10月1日–10月7日 为法定节假日，不计入工作日）", stage.QuerySelector("[data-testid=stage-holidays]")!.TextContent);
        Assert.Contains(api.Gateway.Requests, r => r.AbsolutePath == "/api/filing/calendar/2026");
    }

    [Fact]
    public async Task OnItsLastWorkingDay_AStageIsNotYetOverdue()
    {
        var api = new FakeFilingApi(Submitted());
        await using var context = Context(api.Gateway, chinaNow: "2026-10-15T23:30:00+08:00");

        var page = FilingMaterialsTests.Open(context);

        Assert.Equal("false", page.WaitForElement("[data-testid=stage-due]").GetAttribute("data-overdue"));
        Assert.Empty(page.FindAll("[data-testid=stage-overdue]"));
    }

    [Fact]
    public async Task InEnglish_DatesHolidaysAndNamesAreEnglish()
    {
        var api = new FakeFilingApi(Submitted());
        await using var context = Context(api.Gateway, "en", chinaNow: "2026-10-16T09:00:00+08:00");

        var page = FilingMaterialsTests.Open(context);

        var stage = page.WaitForElement("[data-testid=timeline-stage]");
        Assert.Equal("Recommendation", stage.QuerySelector("[data-testid=stage-name]")!.TextContent);
        Assert.Equal("15 Oct 2026", stage.QuerySelector("[data-testid=stage-due]")!.TextContent);
        Assert.Equal("(1 Oct–7 Oct: public holidays, not counted)", stage.QuerySelector("[data-testid=stage-holidays]")!.TextContent);
        Assert.Equal("Overdue", stage.QuerySelector("[data-testid=stage-overdue]")!.TextContent);
        Assert.Equal("Submitted, awaiting recommendation", page.Find("[data-testid=filing-status]").TextContent);
    }

    [Fact]
    public async Task EveryStage_ShowsHowItStands_DecisionReasonPauseAndItems_AndTheHistoryFollows()
    {
        var api = new FakeFilingApi(InCorrection());
        await using var context = Context(api.Gateway);

        var page = FilingMaterialsTests.Open(context);

        var stages = page.FindAll("[data-testid=timeline-stage]");
        Assert.Equal(["recommendation", "formal_review", "correction"], stages.Select(s => s.GetAttribute("data-kind")));
        Assert.Equal(["closed", "paused", "open"], stages.Select(s => s.GetAttribute("data-state")));
        Assert.Equal("同意推荐", stages[0].QuerySelector("[data-testid=stage-decision]")!.TextContent);
        Assert.Equal("材料齐全，同意推荐。", stages[0].QuerySelector("[data-testid=stage-reason]")!.TextContent);
        Assert.Equal("2026年9月18日 11:00", stages[0].QuerySelector("[data-testid=stage-closed]")!.TextContent);
        Assert.Equal("false", stages[0].QuerySelector("[data-testid=stage-due]")!.GetAttribute("data-overdue"));
        Assert.Contains("2026年9月22日起暂停", stages[1].QuerySelector("[data-testid=stage-paused]")!.TextContent);
        Assert.Contains("剩余8个工作日", stages[1].QuerySelector("[data-testid=stage-paused]")!.TextContent);
        Assert.Equal("（9月25日–9月27日、10月1日–10月7日 为法定节假日，不计入工作日）", stages[2].QuerySelector("[data-testid=stage-holidays]")!.TextContent);
        Assert.Equal(2, stages[2].QuerySelectorAll("[data-testid=stage-items] li").Length);
        var history = page.FindAll("[data-testid=history-row]");
        Assert.Equal(["created", "submitted", "recommended", "correction_requested"], history.Select(h => h.GetAttribute("data-decision")));
        Assert.Contains("省联盟秘书处", history[3].TextContent);
        Assert.Contains("要求补正", history[3].TextContent);
        Assert.Contains("待补正", history[3].TextContent);
        Assert.Contains("章程签署页不全。", history[3].TextContent);
        Assert.Contains("2026年9月22日 11:00", history[3].TextContent);
    }

    [Fact]
    public async Task AFiledApplication_ShowsItsDocumentNumberAndNotice_AndCanNoLongerBeWithdrawn()
    {
        var notice = new
        {
            id = Guid.NewGuid(), opensOn = "2026-10-09", firstDay = "2026-10-09", lastDay = "2026-10-15", workingDays = 5,
            closesAt = "2026-10-15T16:00:00Z", yearsWithoutSchedule = Array.Empty<int>(),
        };
        object[] objections =
        [
            new { id = Guid.NewGuid(), filedAt = "2026-10-10T06:30:00Z", name = (string?)null, contact = (string?)null, content = "部分成员单位未签署章程。",
                  ruling = "rejected", ruledAt = "2026-10-12T02:00:00Z", rulingReason = "经核实，全体成员单位均已签署章程，异议不成立。" },
        ];
        var api = new FakeFilingApi(Application("filed", [Form(), Charter()], notice: notice, objections: objections,
            filingNumber: "HLJCXLM-2026-0012", documentNumber: "黑科发〔2026〕12号", filedOn: "2026-10-16",
            stages: [Stage("public_notice", "admin_division", "2026-10-09T02:00:00Z", "2026-10-15", closedAt: "2026-10-15T16:00:00Z", decision: "filed")],
            history: [Created, Step("2026-10-15T16:00:00Z", "system", "public_notice", "filed", "filed")]));
        await using var context = Context(api.Gateway, chinaNow: "2026-10-20T09:00:00+08:00");

        var page = FilingMaterialsTests.Open(context);

        Assert.Equal("filed", page.Find("[data-testid=filing-status]").GetAttribute("data-status"));
        Assert.Equal("已备案", page.Find("[data-testid=filing-status]").TextContent);
        Assert.Equal("黑科发〔2026〕12号", page.Find("[data-testid=document-number]").TextContent);
        Assert.Equal("HLJCXLM-2026-0012", page.Find("[data-testid=filing-number]").TextContent);
        Assert.Equal("2026年10月16日", page.Find("[data-testid=filed-on]").TextContent);
        Assert.Equal("2026年10月9日至2026年10月15日（5个工作日）", page.Find("[data-testid=notice-period]").TextContent);
        Assert.Equal("2026年10月15日 24:00（北京时间）", page.Find("[data-testid=notice-closes-at]").TextContent);
        Assert.Equal("1", page.Find("[data-testid=notice-objections]").GetAttribute("data-count"));
        Assert.Contains("异议不成立", page.Find("[data-testid=objection-row]").TextContent);
        Assert.Contains("系统", page.Find("[data-testid=history-row]:last-child").TextContent);
        Assert.Empty(page.FindAll("[data-testid=withdraw-application]"));
        Assert.Empty(page.FindAll("[data-testid=stage-overdue]"));
    }

    [Fact]
    public async Task AnApplicationThatIsNotTheirs_IsNotFound()
    {
        await using var context = Context(new FakeGateway(_ => new HttpResponseMessage(System.Net.HttpStatusCode.NotFound)));

        var page = context.RenderPage<Portal.Features.MyFiling.FilingPage>(p => p.Add(d => d.ApplicationId, Id));

        page.WaitForAssertion(() => Assert.Equal("没有找到该备案申请，或您无权查看。", page.Find("[data-testid=filing-not-found]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=filing-alliance]"));
    }
}
