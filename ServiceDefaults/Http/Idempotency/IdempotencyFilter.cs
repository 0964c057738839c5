using AlliancePlatform.ServiceDefaults.Auth;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AlliancePlatform.ServiceDefaults.Http.Idempotency;

/// <summary>
/// Makes a write safe to retry: the first request with a key runs inside a transaction that also stores
/// its response; a repeat (even a concurrent one) gets that response back instead of a second effect.
/// Failed requests store nothing, so they can be retried with the same key.
/// </summary>
internal sealed class IdempotencyFilter<TContext> : IEndpointFilter where TContext : DbContext
{
    public const string HeaderName = "Idempotency-Key";
    private const int MaxKeyLength = 200;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[HeaderName].ToString();
        if (key.Length == 0)
        {
            return await next(context);
        }
        if (key.Length > MaxKeyLength)
        {
            return TypedResults.Problem(
                title: "幂等键过长 / The Idempotency-Key is too long",
                detail: $"An {HeaderName} has at most {MaxKeyLength} characters.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var db = http.RequestServices.GetRequiredService<TContext>();
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        var scope = ScopeOf(http);
        await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
        var first = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO idempotent_requests (key, scope, status_code, created_at) VALUES ({key}, {scope}, 0, {clock.GetUtcNow()}) ON CONFLICT DO NOTHING",
            http.RequestAborted);
        if (first == 0)
        {
            await transaction.RollbackAsync(http.RequestAborted);
            var earlier = await db.Set<IdempotentRequest>().AsNoTracking()
                .SingleAsync(r => r.Key == key && r.Scope == scope, http.RequestAborted);
            return Replay(http, earlier);
        }

        var result = Unwrapped(await next(context));
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        if (status is < 200 or >= 300)
        {
            await transaction.RollbackAsync(http.RequestAborted);
            return result;
        }

        await db.Set<IdempotentRequest>()
            .Where(r => r.Key == key && r.Scope == scope)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.StatusCode, status)
                .SetProperty(r => r.Location, LocationOf(result))
                .SetProperty(r => r.Body, BodyOf(result, http)), http.RequestAborted);
        await transaction.CommitAsync(http.RequestAborted);
        return result;
    }

    /// <summary>
    /// The result a handler's <c>Results&lt;Created&lt;T&gt;, NotFound&gt;</c> holds: the union itself has no status code, so
    /// without this a 404 would be kept (and replayed) as an empty 200 and a 201 would lose its body and Location.
    /// </summary>
    private static object? Unwrapped(object? result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }
        return result;
    }

    private static string ScopeOf(HttpContext http)
    {
        // The path as called (with its ids), so one key never answers for another resource; anonymous callers are told
        // apart by address, so one objector's key never replays another's receipt.
        var caller = http.User.Caller() ?? $"anonymous:{http.Connection.RemoteIpAddress}";
        return $"{http.Request.Method} {http.Request.Path.Value?.ToLowerInvariant()} {caller}";
    }

    private static IResult Replay(HttpContext http, IdempotentRequest earlier)
    {
        http.Response.Headers["Idempotent-Replayed"] = "true";
        if (earlier.Location is not null)
        {
            http.Response.Headers.Location = earlier.Location;
        }
        return earlier.Body is null
            ? Results.StatusCode(earlier.StatusCode)
            : Results.Content(earlier.Body, "application/json; charset=utf-8", statusCode: earlier.StatusCode);
    }

    private static string? LocationOf(object? result) =>
        result?.GetType().GetProperty("Location")?.GetValue(result) as string;

    private static string? BodyOf(object? result, HttpContext http)
    {
        if (result is not IValueHttpResult { Value: { } value })
        {
            return null;
        }
        var options = http.RequestServices.GetService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()?.Value.SerializerOptions
            ?? PlatformJson.Options;
        return JsonSerializer.Serialize(value, value.GetType(), options);
    }
}

public static class IdempotencyEndpointExtensions
{
    /// <summary>Accepts an <c>Idempotency-Key</c> header on this write; the response to a key is stored in <typeparamref name="TContext"/>.</summary>
    public static TBuilder WithIdempotency<TContext, TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder where TContext : DbContext =>
        builder.AddEndpointFilter<TBuilder, IdempotencyFilter<TContext>>();
}
