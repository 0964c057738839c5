using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Bunit;

namespace AlliancePlatform.Portal.Tests.Review;

/// <summary>Applications as Filing answers them, and the page helpers the review tests share.</summary>
internal static class ReviewFixtures
{
    public static readonly Guid Application = Guid.Parse("0194f3c2-5b7e-7c1a-9d2e-3f4a5b6c7d8e");
    public static readonly Guid Management = Guid.Parse("11111111-1111-4111-8111-111111111111");
    public static readonly Guid Industry = Guid.Parse("22222222-2222-4222-8222-222222222222");
    public static readonly Guid Conflicted = Guid.Parse("33333333-3333-4333-8333-333333333333");
    public static readonly Guid Objection = Guid.Parse("44444444-4444-4444-8444-444444444444");

    public static string ApplicationPath => $"/api/filing/applications/{Application}";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static object Stage(string kind, string role, string? decision = null, string? reason = null) => new
    {
        id = Guid.NewGuid(), kind, assigneeRole = role, assigneeScope = (string?)null, openedAt = "2026-03-02T01:00:00Z", dueOn = "2026-03-16",
        dueAt = "2026-03-16T16:00:00Z", pausedOn = (string?)null, remainingWorkingDaysWhenPaused = (int?)null,
        closedAt = decision is null ? null : "2026-03-05T02:00:00Z", decision, reason, items = Array.Empty<string>(),
    };

    public static object PanelEntry(Guid id, string name, string kind, string? opinion = null) => new
    {
        expertId = id, name, kind, unitCreditCode = "12230000MB0000003W", assignedAt = "2026-03-10T02:00:00Z", opinion,
        opinionText = opinion is null ? null : "同意。", opinionRecordedAt = opinion is null ? null : "2026-03-11T02:00:00Z",
    };

    public static object ObjectionEntry(string ruling = "pending") => new
    {
        id = Objection, filedAt = "2026-03-20T02:00:00Z", name = "张先生", contact = "13800000000", content = "该联盟部分成员单位并未签署章程。",
        ruling, ruledAt = (string?)null, rulingReason = (string?)null,
    };

    /// <summary>An application in <paramref name="status"/> whose open stage is <paramref name="openKind"/> for <paramref name="openRole"/>.</summary>
    public static string ApplicationJson(
        string status, string? openKind, string? openRole, object[]? panel = null, object[]? objections = null, object[]? attachments = null)
    {
        var open = openKind is null ? null : Stage(openKind, openRole!);
        return JsonSerializer.Serialize(new
        {
            id = Application, allianceId = Guid.Parse("0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e01"), allianceName = "黑龙江省新材料产业技术创新联盟",
            industryField = "new_materials", region = "230100", status, statusName = "x / x", createdAt = "2026-03-01T01:00:00Z",
            submittedAt = "2026-03-02T01:00:00Z", openStage = open,
            stages = new[] { Stage("recommendation", "recommender", "recommended", "材料齐全。") }.Concat(open is null ? [] : [open]).ToArray(),
            history = new[] { new { at = "2026-03-02T01:00:00Z", actorRole = "applicant", from = "draft", to = "submitted", decision = "submitted", reason = (string?)null } },
            attachments = attachments ?? [],
            panel = panel ?? [],
            consolidatedOpinion = (string?)null, meetingDecision = (object?)null, notice = (object?)null,
            objections = objections ?? [],
            filingNumber = (string?)null, documentNumber = (string?)null, filedOn = (string?)null,
        }, Json);
    }

    public const string ReasonProblem = """
        {"title":"提交的数据有误 / Some fields are not valid","status":400,
         "errors":{"Reason":["理由不能超过4000个字符。 / The reason has at most 4000 characters."]}}
        """;

    public const string WrongStateProblem = """
        {"title":"申请当前为“已推荐待形式审查”状态，此操作只能在“已提交待推荐”状态下办理。","status":409,"code":"filing.wrong_state",
         "detail":"The application is recommended and in formal review; this can only be done while it is submitted for recommendation."}
        """;

    public static HttpResponseMessage Ok(string json) => FakeGateway.Json(json);

    public static HttpResponseMessage Problem(string json, HttpStatusCode status) => FakeGateway.Problem(json, status);

    /// <summary>Ticks a MudCheckBox by its data-testid.</summary>
    public static void Tick(this IRenderedComponent<PageHost> page, string testId)
    {
        var element = page.Find($"[data-testid={testId}]");
        var input = element.TagName == "INPUT" ? element : element.QuerySelector("input")!;
        input.Change(true);
    }

    /// <summary>Picks a radio option (MudRadio) by its data-testid.</summary>
    public static void Choose(this IRenderedComponent<PageHost> page, string testId)
    {
        var element = page.Find($"[data-testid={testId}]");
        var input = element.TagName == "INPUT" ? element : element.QuerySelector("input")!;
        input.Click();
    }

    /// <summary>The input (or textarea) a MudTextField with this data-testid renders.</summary>
    public static IElement Field(this IRenderedComponent<PageHost> page, string testId)
    {
        var element = page.Find($"[data-testid={testId}]");
        return element.TagName is "INPUT" or "TEXTAREA" ? element : element.QuerySelector("input, textarea")!;
    }

    /// <summary>The text under a MudTextField (its helper or error), found by the field's data-testid.</summary>
    public static string FieldText(this IRenderedComponent<PageHost> page, string testId)
    {
        var element = page.Find($"[data-testid={testId}]");
        var control = element.ClassList.Contains("mud-input-control") ? element : element.Closest(".mud-input-control") ?? element;
        return control.TextContent;
    }

    public static JsonElement Body(FakeGateway.Write write) => JsonDocument.Parse(write.Body).RootElement;
}
