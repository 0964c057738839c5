using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AlliancePlatform.EndToEnd.Tests.Filing;

namespace AlliancePlatform.EndToEnd.Tests.Reporting;

/// <summary>Calls to Reporting through the gateway that must succeed, and multipart uploads.</summary>
internal static class ReportingHttp
{
    public static async Task<JsonElement> SendOkAsync(HttpClient client, HttpMethod method, string path, object? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await new FilingClient(client).SendAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Waits until Reporting knows of the filed alliance (from Filing's event).</summary>
    public static Task KnownAsync(PlatformFixture platform, Guid allianceId) =>
        Eventually.ReturnsAsync(async () =>
            {
                using var response = await platform.Applicant.GetAsync($"/api/reporting/alliances/{allianceId}/obligations");
                return response.StatusCode;
            },
            status => status == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "Reporting learning of the filing");
}
