using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.Reporting.Features.Reports;
using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Domain;
using AlliancePlatform.ServiceDefaults.Files;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.Reporting.Features.Achievements;

/// <summary>
/// Evidence of achievements (Art 4-3): uploaded first, then named by the achievements it proves. Type read from the
/// bytes, size capped (<c>Reporting:MaxAttachmentBytes</c>), SHA-256 kept; the bytes live in reportingdb.
/// </summary>
internal static class EvidenceEndpoints
{
    public static RouteGroupBuilder MapEvidence(this RouteGroupBuilder alliance) =>
        alliance.MapFileRoutes(
            new("/evidence", "evidenceId", "AchievementEvidence", ("achievement", "evidence"),
                "a piece of evidence of achievements (removable while no registered achievement names it)"),
            ReportsEndpoints.Readers, ReportsEndpoints.AsApplicantChange, UploadAsync, DownloadAsync, RemoveAsync);

    private static async Task<Results<Created<FileResponse>, NotFound, ValidationProblem>> UploadAsync(
        Guid allianceId, IFormFile? file, ReportingDbContext db, ReportAccess access, IAuditTrail audit, IOptionsSnapshot<ReportingSettings> settings,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await access.CanReachAsync(allianceId, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [FormFiles.FileMissing] });
        }

        var upload = await FormFiles.ReadAsync(file, settings.Value.Evidence(), cancellationToken);
        var now = clock.GetUtcNow();
        var described = upload.Description;
        var evidence = new EvidenceFile(
            Guid.CreateVersion7(now), allianceId, described.FileName, described.ContentType, described.SizeBytes, described.Sha256,
            now.ToUniversalTime().ToStoredPrecision(), access.Actor().Subject);
        db.EvidenceFiles.Add(evidence);
        db.Files.Add(new StoredFile { Id = evidence.Id, AllianceId = allianceId, Content = upload.Content });
        audit.Succeeded(evidence.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/reporting/alliances/{allianceId}/evidence/{evidence.Id}", evidence.ToResponse());
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(
        Guid allianceId, Guid evidenceId, ReportingDbContext db, ReportAccess access, CancellationToken cancellationToken)
    {
        var evidence = await db.EvidenceFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == evidenceId && f.AllianceId == allianceId, cancellationToken);
        if (evidence is null || !await access.CanReadAsync(allianceId, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        return await db.Files.ContentOfAsync(allianceId, evidenceId, cancellationToken) is { } content
            ? TypedResults.File(content, evidence.ContentType, evidence.FileName)
            : TypedResults.NotFound();
    }

    private static async Task<Results<NoContent, NotFound>> RemoveAsync(
        Guid allianceId, Guid evidenceId, ReportingDbContext db, ReportAccess access, IAuditTrail audit, CancellationToken cancellationToken)
    {
        var evidence = await db.EvidenceFiles.SingleOrDefaultAsync(f => f.Id == evidenceId && f.AllianceId == allianceId, cancellationToken);
        if (evidence is null || !await access.CanReadAsync(allianceId, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        if (await db.Achievements.AnyAsync(a => a.AllianceId == allianceId && a.EvidenceAttachmentIds.Contains(evidenceId), cancellationToken))
        {
            throw new RuleViolationException(AchievementRules.EvidenceInUse);
        }

        db.EvidenceFiles.Remove(evidence);
        db.Files.Remove(new StoredFile { Id = evidenceId, AllianceId = allianceId });
        audit.Succeeded(evidenceId);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
