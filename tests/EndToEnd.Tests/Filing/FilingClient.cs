using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace AlliancePlatform.EndToEnd.Tests.Filing;

/// <summary>Filing's API as the portal calls it through the gateway; every write carries an idempotency key.</summary>
public sealed class FilingClient(HttpClient client)
{
    /// <summary>The smallest bytes a PDF reader accepts; the service reads the type from them, not from the name.</summary>
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    public Task<JsonElement> PostAsync(string path, object? body, HttpStatusCode expected = HttpStatusCode.OK) =>
        SendOkAsync(HttpMethod.Post, path, body, expected);

    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await client.SendAsync(request);
    }

    public async Task<JsonElement> UploadAsync(Guid applicationId, string kind, string fileName, byte[] content, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(kind), "kind");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/filing/applications/{applicationId}/attachments") { Content = form };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"upload {fileName}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>
    /// A draft application for an alliance Filing knows, with an application form and a charter attached. Filing
    /// learns of the alliance from Membership's events, so the first attempts may find it unknown.
    /// </summary>
    public async Task<Guid> DraftWithMaterialsAsync(Guid allianceId)
    {
        var created = await Eventually.ReturnsAsync(
            async () => await SendAsync(HttpMethod.Post, "/api/filing/applications", new { allianceId }),
            r => r.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Conflict), TimeSpan.FromSeconds(30),
            "Filing learning of the alliance and who acts for it");
        var text = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, text);
        var id = JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
        await UploadAsync(id, "application_form", "备案申请书.pdf", Pdf);
        await UploadAsync(id, "charter", "联盟章程.pdf", Pdf);
        return id;
    }

    /// <summary>Submits, waiting for Membership's latest eligibility assessment to reach Filing.</summary>
    public async Task<JsonElement> SubmitAsync(Guid applicationId)
    {
        using var submitted = await Eventually.ReturnsAsync(
            async () => await SendAsync(HttpMethod.Post, $"/api/filing/applications/{applicationId}/submission", null),
            r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "submission once Filing knows the alliance is eligible");
        return JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private async Task<JsonElement> SendOkAsync(HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        using var response = await SendAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static string Status(JsonElement application) => application.GetProperty("status").GetString()!;
}
