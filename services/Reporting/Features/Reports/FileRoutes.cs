using AlliancePlatform.ServiceDefaults.Auth;

namespace AlliancePlatform.Reporting.Features.Reports;

/// <summary>The three routes of a set of uploaded files (a report's attachments, an alliance's evidence): upload, download, remove.</summary>
internal static class FileRoutes
{
    /// <param name="path">The collection, e.g. <c>/evidence</c>; a file is <c>{path}/{idParameter:guid}</c>.</param>
    /// <param name="name">The operation names' noun, e.g. <c>AchievementEvidence</c>.</param>
    /// <param name="audit">The audited actions' object and noun, e.g. <c>("achievement", "evidence")</c>.</param>
    public static RouteGroupBuilder MapFileRoutes(
        this RouteGroupBuilder group, string path, string idParameter, string name, (string Object, string Noun) audit, string what,
        Delegate upload, Delegate download, Delegate remove)
    {
        group.MapPost(path, upload)
            .WithName($"Upload{name}")
            .WithSummary($"Upload {what} as multipart/form-data `file` (PDF, Word/Excel/PowerPoint, OFD, PNG/JPEG); the type is read from the bytes")
            .AsReportChange($"{audit.Object}.upload_{audit.Noun}", PlatformRoles.Applicant)
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data");
        group.MapGet($"{path}/{{{idParameter}:guid}}", download)
            .WithName($"Download{name}")
            .WithSummary($"The bytes of {what}, as uploaded")
            .RequireAuthorization(policy => policy.RequireRole(ReportsEndpoints.Readers))
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete($"{path}/{{{idParameter}:guid}}", remove)
            .WithName($"Remove{name}")
            .WithSummary($"Remove {what}")
            .AsReportChange($"{audit.Object}.remove_{audit.Noun}", PlatformRoles.Applicant);
        return group;
    }
}
