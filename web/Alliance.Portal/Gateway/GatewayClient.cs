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

    public async Task<ApiResult<T>> GetAsync<T>(string pathAndQuery, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(pathAndQuery, UriKind.Relative), cancellationToken);
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
