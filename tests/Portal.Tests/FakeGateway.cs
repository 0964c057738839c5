using System.Net;
using System.Text;

namespace AlliancePlatform.Portal.Tests;

/// <summary>Answers the portal's gateway calls with canned responses and remembers what was asked.</summary>
internal sealed class FakeGateway : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, HttpResponseMessage> _answer;

    public FakeGateway(Func<HttpRequestMessage, HttpResponseMessage> answer) => _answer = answer;

    public List<Uri> Requests { get; } = [];

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK, string mediaType = "application/json") =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, mediaType) };

    public static HttpResponseMessage Problem(string json, HttpStatusCode status) => Json(json, status, "application/problem+json");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (Requests)
        {
            Requests.Add(request.RequestUri!);
        }
        return Task.FromResult(_answer(request));
    }
}
