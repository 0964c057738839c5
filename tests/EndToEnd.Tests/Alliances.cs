using System.Net.Http.Json;
using System.Text.Json;

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>Requests and answers of the walking skeleton, as a client of the gateway sees them.</summary>
public static class Alliances
{
    public sealed record Registered(Guid Id, string Name, string IndustryField, DateTimeOffset RegisteredAt);
    public sealed record Known(Guid Id, string Name, string IndustryField, DateTimeOffset RegisteredAt, DateTimeOffset ProjectedAt);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string UniqueName(string field = "新材料") => $"黑龙江省{field}{Guid.NewGuid():N}产业技术创新联盟";

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string name, string industryField = "new_materials", string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/membership/alliances")
        {
            Content = JsonContent.Create(new { name, industryField }),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return client.SendAsync(request);
    }

    /// <summary>Registers as a well-behaved client does: one idempotency key, retried when told to wait (429, 503).</summary>
    public static async Task<Registered> RegisterOkAsync(HttpClient client, string? name = null)
    {
        var key = Guid.NewGuid().ToString();
        name ??= UniqueName();
        for (var attempt = 1; ; attempt++)
        {
            using var response = await RegisterAsync(client, name, idempotencyKey: key);
            if (response.StatusCode is System.Net.HttpStatusCode.TooManyRequests or System.Net.HttpStatusCode.ServiceUnavailable && attempt < 10)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }
            Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<Registered>(Json))!;
        }
    }

    public static async Task<Known> KnownToFilingAsync(HttpClient client, Guid id, TimeSpan? within = null) =>
        (await Eventually.ReturnsAsync(
            async () =>
            {
                using var response = await client.GetAsync($"/api/filing/alliances/{id}");
                return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<Known>(Json) : null;
            },
            known => known is not null,
            within ?? TimeSpan.FromSeconds(20),
            $"alliance {id} reaching Filing's projection"))!;
}
