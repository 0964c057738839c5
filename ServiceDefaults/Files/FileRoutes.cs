using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AlliancePlatform.ServiceDefaults.Files;

/// <summary>
/// What a set of uploaded files is called in its routes (a report's attachments, an alliance's evidence).
/// </summary>
/// <param name="Path">The collection, e.g. <c>/evidence</c>; a file is <c>{Path}/{IdParameter:guid}</c>.</param>
/// <param name="Name">The operation names' noun, e.g. <c>AchievementEvidence</c>.</param>
/// <param name="Audit">The audited actions' object and noun, e.g. <c>("achievement", "evidence")</c>: <c>achievement.upload_evidence</c>.</param>
/// <param name="What">How the summaries name one file, e.g. "a piece of evidence (while …)".</param>
public sealed record FileRouteNames(string Path, string IdParameter, string Name, (string Object, string Noun) Audit, string What);

/// <summary>The three routes of a set of uploaded files: upload (multipart <c>file</c>), download, remove.</summary>
public static class FileRoutes
{
    /// <param name="readers">The roles that may download; the handler still checks the object.</param>
    /// <param name="asChange">Makes a route a change of the service (role, idempotency, audit) under the given audited action.</param>
    public static RouteGroupBuilder MapFileRoutes(
        this RouteGroupBuilder group, FileRouteNames names, IReadOnlyList<string> readers, Func<RouteHandlerBuilder, string, RouteHandlerBuilder> asChange,
        Delegate upload, Delegate download, Delegate remove)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(readers);
        ArgumentNullException.ThrowIfNull(asChange);
        var file = $"{names.Path}/{{{names.IdParameter}:guid}}";
        asChange(group.MapPost(names.Path, upload), $"{names.Audit.Object}.upload_{names.Audit.Noun}")
            .WithName($"Upload{names.Name}")
            .WithSummary($"Upload {names.What} as multipart/form-data `file` (PDF, Word/Excel/PowerPoint, OFD, PNG/JPEG); the type is read from the bytes")
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data");
        group.MapGet(file, download)
            .WithName($"Download{names.Name}")
            .WithSummary($"The bytes of {names.What}, as uploaded")
            .RequireAuthorization(policy => policy.RequireRole(readers))
            .ProducesProblem(StatusCodes.Status404NotFound);
        asChange(group.MapDelete(file, remove), $"{names.Audit.Object}.remove_{names.Audit.Noun}")
            .WithName($"Remove{names.Name}")
            .WithSummary($"Remove {names.What}");
        return group;
    }
}
