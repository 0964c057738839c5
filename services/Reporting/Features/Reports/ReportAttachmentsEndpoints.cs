using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults.Files;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.Reporting.Features.Reports;

/// <summary>
/// The attachments of an annual report (Art 13): type read from the bytes, size capped (<c>Reporting:MaxAttachmentBytes</c>),
/// SHA-256 kept; the bytes are committed with the report in one transaction, in reportingdb.
/// </summary>
internal static class ReportAttachmentsEndpoints
{
    public static RouteGroupBuilder MapReportAttachments(this RouteGroupBuilder alliance) =>
        alliance.MapFileRoutes(
            new("/reports/{year:int}/attachments", "attachmentId", "AnnualReportAttachment", ("annual_report", "attachment"),
                "an attachment of the report (while it is a draft or returned)"),
            ReportsEndpoints.Readers, ReportsEndpoints.AsApplicantChange, UploadAsync, DownloadAsync, RemoveAsync);

    private static async Task<Results<Ok<ReportResponse>, NotFound, ValidationProblem>> UploadAsync(
        Guid allianceId, int year, IFormFile? file, ReportEditor editor, ReportingDbContext db, IOptionsSnapshot<ReportingSettings> settings,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [FormFiles.FileMissing] });
        }

        var upload = await FormFiles.ReadAsync(file, settings.Value.ReportAttachments(), cancellationToken);
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        return await editor.ApplyAsync(allianceId, year, startIfMissing: true, (report, actor, at) =>
        {
            var described = upload.Description;
            report.AddAttachment(actor, new ReportAttachment(id, described.FileName, described.ContentType, described.SizeBytes, described.Sha256, at, actor.Subject), at);
            db.Files.Add(new StoredFile { Id = id, AllianceId = allianceId, Content = upload.Content });
        }, cancellationToken) switch
        {
            { Result: Ok<ReportResponse> ok } => ok,
            _ => TypedResults.NotFound(),
        };
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(
        Guid allianceId, int year, Guid attachmentId, ReportingDbContext db, ReportAccess access, CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.AllianceId == allianceId && r.Year == year, cancellationToken);
        if (report?.Attachments.SingleOrDefault(a => a.Id == attachmentId) is not { } attachment || !await access.CanReadAsync(allianceId, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        return await db.Files.ContentOfAsync(allianceId, attachmentId, cancellationToken) is { } content
            ? TypedResults.File(content, attachment.ContentType, attachment.FileName)
            : TypedResults.NotFound();
    }

    private static Task<Results<Ok<ReportResponse>, NotFound>> RemoveAsync(
        Guid allianceId, int year, Guid attachmentId, ReportEditor editor, ReportingDbContext db, CancellationToken cancellationToken) =>
        editor.ApplyAsync(allianceId, year, startIfMissing: false, (report, actor, now) =>
        {
            report.RemoveAttachment(actor, attachmentId, now);
            db.Files.Remove(new StoredFile { Id = attachmentId, AllianceId = allianceId });
        }, cancellationToken);
}
