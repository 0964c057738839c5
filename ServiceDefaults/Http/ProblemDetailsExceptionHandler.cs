using System.Net.Sockets;
using System.Text.Json;
using AlliancePlatform.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AlliancePlatform.ServiceDefaults.Http;

/// <summary>Turns every exception into RFC 9457 ProblemDetails in the caller's terms; never a stack trace.</summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;
    private const int ClientClosedRequest = 499;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away: nobody reads an answer, and it is not the service's fault.
            logger.LogInformation("Request {Method} {Path} was abandoned by its caller", context.Request.Method, context.Request.Path);
            context.Response.StatusCode = ClientClosedRequest;
            return true;
        }

        var problem = Describe(exception, HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method));
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
        }
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <param name="isRead">A read changes nothing, so its caller is not told that nothing was saved.</param>
    internal static ProblemDetails Describe(Exception exception, bool isRead = false) => exception switch
    {
        RuleViolationException rule => RuleProblem(rule.Violation),
        BadHttpRequestException bad => new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = "请求无法读取 / The request could not be read",
            Detail = ReadableCause(bad),
        },
        _ when IsUniqueViolation(exception) => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "记录已存在 / A record with the same identifying values already exists",
            Detail = "Nothing new was saved. Look the existing record up instead of creating it again.",
        },
        _ when IsTransientInfrastructureFault(exception) => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "服务暂时不可用 / The service is temporarily unavailable",
            Detail = isRead
                ? $"The information could not be read just now. Please try again in {RetryAfterSeconds} seconds."
                : $"Nothing was saved. Please try again in {RetryAfterSeconds} seconds.",
        },
        _ => new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "服务内部错误 / An unexpected error occurred",
            Detail = "The error was recorded. Quote the trace id when you contact the platform's support.",
        },
    };

    private static ProblemDetails RuleProblem(RuleViolation violation)
    {
        var problem = new ProblemDetails
        {
            Status = violation.Kind == RuleKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity,
            Title = violation.Message,
            Detail = violation.MessageEn,
            Type = $"https://alliance.hl.gov.cn/problems/{violation.Code}",
        };
        problem.Extensions["code"] = violation.Code;
        problem.Extensions["article"] = violation.Article;
        if (violation.Details.Count > 0)
        {
            problem.Extensions["failures"] = violation.Details;
        }
        return problem;
    }

    private static string ReadableCause(BadHttpRequestException bad) =>
        bad.InnerException is JsonException json ? $"The JSON body is malformed or has a value of the wrong type: {json.Message}" : bad.Message;

    private static bool IsUniqueViolation(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }
        return false;
    }

    internal static bool IsTransientInfrastructureFault(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or TimeoutException or SocketException)
            {
                return true;
            }
            if (e is PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" })
            {
                return true;
            }
        }
        return false;
    }
}
