using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlliancePlatform.Portal.Gateway;

/// <summary>The platform's APIs through the gateway, server to server.</summary>
public sealed class GatewayClient(HttpClient http, ILogger<GatewayClient> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public Task<ApiResult<T>> GetAsync<T>(string pathAndQuery, CancellationToken cancellationToken = default) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, new Uri(pathAndQuery, UriKind.Relative)), cancellationToken);

    /// <summary>Posts <paramref name="body"/> as JSON (none when null); the same <paramref name="idempotencyKey"/> again is answered as the first time, not done twice.</summary>
    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, string idempotencyKey, CancellationToken cancellationToken = default) =>
        WriteAsync<T>(HttpMethod.Post, path, body, idempotencyKey, cancellationToken);

    /// <summary>Replaces what <paramref name="path"/> holds with <paramref name="body"/>; retried with the same key, done once.</summary>
    public Task<ApiResult<T>> PutAsync<T>(string path, object body, string idempotencyKey, CancellationToken cancellationToken = default) =>
        WriteAsync<T>(HttpMethod.Put, path, body, idempotencyKey, cancellationToken);

    /// <summary>Deletes what <paramref name="path"/> names; the API answers 204, so success carries no value.</summary>
    public async Task<ApiProblem?> DeleteAsync(string path, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(path, UriKind.Relative));
        request.Headers.Add(IdempotencyKeyHeader, idempotencyKey);
        return (await SendAsync<NoContent>(request, cancellationToken)).Problem;
    }

    /// <summary>
    /// Uploads one file as multipart form data (<c>file</c>) with the given text <paramref name="fields"/>. The bytes are
    /// held in memory (read the browser's stream first) so that a retried send can send them again.
    /// </summary>
    public Task<ApiResult<T>> UploadAsync<T>(
        string path, IReadOnlyDictionary<string, string> fields, string fileName, byte[] content, string idempotencyKey,
        CancellationToken cancellationToken = default)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = form };
        request.Headers.Add(IdempotencyKeyHeader, idempotencyKey);
        return SendAsync<T>(request, cancellationToken);
    }

    /// <summary>A file the API serves (an attachment, an .xlsx export), with the name and type it gave.</summary>
    public async Task<ApiResult<DownloadedFile>> DownloadAsync(string pathAndQuery, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(pathAndQuery, UriKind.Relative), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return ApiResult<DownloadedFile>.Failed(await ApiProblem.ReadAsync(response, cancellationToken));
            }
            var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
            var type = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
            return ApiResult<DownloadedFile>.Ok(new DownloadedFile(name ?? "download", type, await response.Content.ReadAsByteArrayAsync(cancellationToken)));
        }
        catch (HttpRequestException)
        {
            return ApiResult<DownloadedFile>.Failed(new ApiProblem(HttpStatusCode.ServiceUnavailable, null, null, []));
        }
    }

    private Task<ApiResult<T>> WriteAsync<T>(HttpMethod method, string path, object? body, string idempotencyKey, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = body is null ? null : JsonContent.Create(body, options: Json),
        };
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
            if (typeof(T) == typeof(NoContent))
            {
                return ApiResult<T>.Ok((T)(object)NoContent.Value);
            }
            var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
            return value is null ? ApiResult<T>.Failed(new ApiProblem(response.StatusCode, null, null, [])) : ApiResult<T>.Ok(value);
        }
        catch (HttpRequestException)
        {
            return ApiResult<T>.Failed(new ApiProblem(HttpStatusCode.ServiceUnavailable, null, null, []));
        }
        catch (JsonException exception)
        {
            // An answer the portal cannot read is the portal's defect: recorded, and shown as a problem, not a broken page.
            logger.LogError(exception, "Unreadable answer from {Path}", request.RequestUri);
            return ApiResult<T>.Failed(new ApiProblem(HttpStatusCode.BadGateway, null, null, []));
        }
    }
}

/// <summary>A success the API answers without a body (204).</summary>
public sealed record NoContent
{
    public static readonly NoContent Value = new();
}

/// <summary>A file as the API served it.</summary>
public sealed record DownloadedFile(string FileName, string ContentType, byte[] Content);
