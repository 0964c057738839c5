using System.Net;
using System.Text;

namespace AlliancePlatform.Portal.Tests;

/// <summary>Answers the portal's gateway calls with canned responses and remembers what was asked.</summary>
internal sealed class FakeGateway : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, HttpResponseMessage> _answer;

    public FakeGateway(Func<HttpRequestMessage, HttpResponseMessage> answer) => _answer = answer;

    public List<Uri> Requests { get; } = [];

    /// <summary>Every write, with its Idempotency-Key and JSON body.</summary>
    public List<Write> Writes { get; } = [];

    public sealed record Write(Uri Uri, string? IdempotencyKey, string Body);

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK, string mediaType = "application/json") =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, mediaType) };

    public static HttpResponseMessage Problem(string json, HttpStatusCode status) => Json(json, status, "application/problem+json");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add(request.RequestUri!);
            if (body is not null)
            {
                Writes.Add(new Write(request.RequestUri!, request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null, body));
            }
        }
        return _answer(request);
    }
}
