using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Evaluation.Features.Campaigns;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Files;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.Evaluation.Features.SelfAssessments;

/// <summary>
/// The evidence of a self-assessment (证明材料, Art 21): uploaded by the alliance while it may still change its
/// self-assessment, then named by the items' scores. Type read from the bytes, size capped (<c>Evaluation:MaxAttachmentBytes</c>),
/// SHA-256 kept; the bytes are committed with the self-assessment in one transaction, in evaluationdb. A file an item names
/// cannot be removed until the item is scored again without it.
/// </summary>
internal static class SelfAssessmentEvidenceEndpoints
{
    public static RouteGroupBuilder MapSelfAssessmentEvidence(this RouteGroupBuilder assessment) =>
        assessment.MapFileRoutes(
            new("/evidence", "fileId", "SelfAssessmentEvidence", ("self_assessment", "evidence"),
                "a piece of evidence of the self-assessment (while it can be changed; removable while no item names it)"),
            EvaluationAccess.SelfAssessmentReaders,
            (route, action) => route.AsEvaluationChange(action, "self_assessment", PlatformRoles.Applicant),
            UploadAsync, DownloadAsync, RemoveAsync);

    private static async Task<Results<Created<FileResponse>, NotFound, ValidationProblem>> UploadAsync(
        Guid campaignId, Guid allianceId, IFormFile? file, CampaignEditor editor, EvaluationDbContext db, IOptionsSnapshot<EvaluationOptions> options,
        CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [FormFiles.FileMissing] });
        }

        var upload = await FormFiles.ReadAsync(file, options.Value.Evidence(), cancellationToken);
        SelfAssessmentFile? added = null;
        var changed = await editor.ChangeSelfAssessmentAsync(campaignId, allianceId, startIfMissing: true, (assessment, campaign, actor, now) =>
        {
            added = assessment.AttachEvidence(actor, campaign, upload.Description, now);
            db.Files.Add(new StoredFile { Id = added.Id, AllianceId = allianceId, Content = upload.Content });
        }, cancellationToken);
        return changed.Result is Ok<SelfAssessmentResponse> && added is not null
            ? TypedResults.Created(
                $"/api/evaluation/campaigns/{campaignId}/alliances/{allianceId}/self-assessment/evidence/{added.Id}", SelfAssessmentResponse.ToResponse(added))
            : TypedResults.NotFound();
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(
        Guid campaignId, Guid allianceId, Guid fileId, EvaluationDbContext db, EvaluationAccess access, CancellationToken cancellationToken)
    {
        var assessment = await db.SelfAssessments.AsNoTracking().IgnoreAutoIncludes().Include(a => a.Files)
            .SingleOrDefaultAsync(a => a.CampaignId == campaignId && a.AllianceId == allianceId, cancellationToken);
        if (assessment?.Files.SingleOrDefault(f => f.Id == fileId) is not { } evidence
            || !await access.CanReadSelfAssessmentAsync(campaignId, allianceId, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        return await db.Files.ContentOfAsync(allianceId, fileId, cancellationToken) is { } content
            ? TypedResults.File(content, evidence.ContentType, evidence.FileName)
            : TypedResults.NotFound();
    }

    private static Task<Results<Ok<SelfAssessmentResponse>, NotFound>> RemoveAsync(
        Guid campaignId, Guid allianceId, Guid fileId, CampaignEditor editor, EvaluationDbContext db, CancellationToken cancellationToken) =>
        editor.ChangeSelfAssessmentAsync(campaignId, allianceId, startIfMissing: false, (assessment, campaign, actor, now) =>
        {
            assessment.RemoveEvidence(actor, campaign, fileId, now);
            db.Files.Remove(new StoredFile { Id = fileId, AllianceId = allianceId });
        }, cancellationToken);
}
