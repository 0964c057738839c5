using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AlliancePlatform.Portal.Tests.MyFiling;

/// <summary>Filing's answers as the API gives them (camelCase, snake_case codes), built from a few parts per test.</summary>
internal static class FilingTestData
{
    public static readonly Guid Id = Guid.Parse("0194f3c2-5b7e-7c1a-9d2e-3f4a5b6c7d8e");
    public static readonly Guid FormId = Guid.Parse("0194f3c2-6000-7000-8000-000000000001");
    public static readonly Guid CharterId = Guid.Parse("0194f3c2-6000-7000-8000-000000000002");
    public const string AllianceName = "黑龙江省新材料产业技术创新联盟";
    public static readonly string At = $"/api/filing/applications/{Id}";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static object Form(long size = 543_210) => Attachment(FormId, "application_form", "备案申请书.pdf", size);

    public static object Charter() => Attachment(CharterId, "charter", "联盟章程.pdf", 2_400_000);

    public static object Attachment(Guid id, string kind, string fileName, long size) => new
    {
        id, kind, fileName, contentType = "application/pdf", sizeBytes = size, sha256 = new string('a', 64), uploadedAt = "2026-09-28T02:00:00Z",
    };

    public static object Stage(
        string kind, string assigneeRole, string openedAt, string dueOn, string? closedAt = null, string? decision = null, string? reason = null,
        string? pausedOn = null, int? remaining = null, string[]? items = null) => new
        {
            id = Guid.NewGuid(), kind, assigneeRole, assigneeScope = (string?)null, openedAt, dueOn, dueAt = $"{dueOn}T16:00:00Z", pausedOn,
            remainingWorkingDaysWhenPaused = remaining, closedAt, decision, reason, items = items ?? [],
        };

    public static object Step(string at, string actorRole, string? from, string to, string decision, string? reason = null) =>
        new { at, actorRole, from, to, decision, reason };

    public static readonly object Created = Step("2026-09-27T01:00:00Z", "applicant", null, "draft", "created");

    public static string Application(
        string status, object[]? attachments = null, object[]? stages = null, object[]? history = null, object? notice = null,
        object[]? objections = null, string? filingNumber = null, string? documentNumber = null, string? filedOn = null) =>
        JsonSerializer.Serialize(new
        {
            id = Id, allianceId = Guid.Parse("0b7f7d1e-8d0a-4c3e-9f59-3a1d2b6c4e01"), allianceName = AllianceName, industryField = "new_materials",
            region = "230100", status, statusName = status, createdAt = "2026-09-27T01:00:00Z", submittedAt = (string?)null, openStage = (object?)null,
            stages = stages ?? [], history = history ?? [Created], attachments = attachments ?? [], panel = Array.Empty<object>(),
            consolidatedOpinion = (string?)null, meetingDecision = (object?)null, notice, objections = objections ?? [], filingNumber, documentNumber, filedOn,
        }, Json);

    /// <summary>2026 as the calendar API gives it: 中秋 25–27 September, 国庆 1–7 October, a make-up working Saturday 10 October.</summary>
    public const string Calendar2026 = """
        {"year":2026,"loaded":true,"holidays":["2026-01-01","2026-09-25","2026-09-26","2026-09-27","2026-10-01","2026-10-02","2026-10-03",
         "2026-10-04","2026-10-05","2026-10-06","2026-10-07"],"makeUpWorkingDays":["2026-10-10"],"source":"国务院办公厅","updatedAt":null,"note":null}
        """;

    /// <summary>The context with the clock at <paramref name="chinaNow"/> (UTC+8): what "today" and "overdue" are read against.</summary>
    public static PortalTestContext Context(FakeGateway gateway, string culture = "zh-CN", string chinaNow = "2026-10-09T10:00:00+08:00")
    {
        var context = new PortalTestContext(gateway, culture);
        context.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.Parse(chinaNow, System.Globalization.CultureInfo.InvariantCulture)));
        context.SignIn("张三", "applicant", "91230100MA1B2C3D4E");
        return context;
    }

    public static HttpResponseMessage Problem(string json, HttpStatusCode status) => FakeGateway.Problem(json, status);
}

/// <summary>
/// Filing behind a fake gateway: GET of the application answers <see cref="Application"/> (which a test or a write may
/// change), the calendar answers 2026, and every write is recorded (method, path, Idempotency-Key, body) and answered
/// by the next of <see cref="Answers"/>.
/// </summary>
internal sealed class FakeFilingApi
{
    public FakeFilingApi(string application, params Func<HttpResponseMessage>[] answers)
    {
        Application = application;
        foreach (var answer in answers)
        {
            Answers.Enqueue(answer);
        }
        Gateway = new FakeGateway(Answer);
    }

    public string Application { get; set; }

    public Queue<Func<HttpResponseMessage>> Answers { get; } = new();

    public List<Sent> Writes { get; } = [];

    public FakeGateway Gateway { get; }

    /// <summary>Answers GET of an attachment, when set.</summary>
    public Func<HttpResponseMessage>? Download { get; set; }

    public sealed record Sent(HttpMethod Method, string Path, string? Key, string Body);

    /// <summary>An answer that also makes <paramref name="application"/> what later reads see.</summary>
    public Func<HttpResponseMessage> Becomes(string application, HttpStatusCode status = HttpStatusCode.OK) => () =>
    {
        Application = application;
        return FakeGateway.Json(application, status);
    };

    private HttpResponseMessage Answer(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (request.Method == HttpMethod.Get)
        {
            return path.StartsWith("/api/filing/calendar/", StringComparison.Ordinal) ? FakeGateway.Json(FilingTestData.Calendar2026)
                : path == FilingTestData.At ? FakeGateway.Json(Application)
                : path.StartsWith($"{FilingTestData.At}/attachments/", StringComparison.Ordinal) && Download is not null ? Download()
                : new HttpResponseMessage(HttpStatusCode.NotFound);
        }
        lock (Writes)
        {
            Writes.Add(new Sent(request.Method, path, request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null,
                request.Content?.ReadAsStringAsync().GetAwaiter().GetResult() ?? ""));
        }
        return Answers.Count > 0 ? Answers.Dequeue()() : new HttpResponseMessage(HttpStatusCode.InternalServerError);
    }
}
