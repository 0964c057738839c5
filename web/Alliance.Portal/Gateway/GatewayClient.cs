using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlliancePlatform.Portal.Gateway;

/// <summary>The platform's APIs through the gateway, server to server.</summary>
public sealed class GatewayClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public Task<ApiResult<T>> GetAsync<T>(string pathAndQuery, CancellationToken cancellationToken = default) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, new Uri(pathAndQuery, UriKind.Relative)), cancellationToken);

    /// <summary>Posts <paramref name="body"/> as JSON; the same <paramref name="idempotencyKey"/> again is answered as the first time, not done twice.</summary>
    public Task<ApiResult<T>> PostAsync<T>(string path, object body, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body, options: Json) };
        request.Headers.Add(IdempotencyKeyHeader, idempotencyKey);
        return SendAsync<T>(request, cancellationToken);
    }

    private async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            using var sent = request;
            using var response = await http.SendAsync(sent, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return ApiResult<T>.Failed(await ApiProblem.ReadAsync(response, cancellationToken));
            }
            var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
            return value is null ? ApiResult<T>.Failed(new ApiProblem(response.StatusCode, null, null, [])) : ApiResult<T>.Ok(value);
        }
        catch (HttpRequestException)
        {
            return ApiResult<T>.Failed(new ApiProblem(HttpStatusCode.ServiceUnavailable, null, null, []));
        }
    }
}
