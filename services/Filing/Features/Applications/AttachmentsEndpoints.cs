using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using AlliancePlatform.ServiceDefaults.Files;

namespace AlliancePlatform.Filing.Features.Applications;

/// <summary>
/// The materials of an application (Art 12): application form, charter, others. The type is read from the bytes,
/// the size capped, the SHA-256 kept; the bytes are committed with the application in one transaction.
/// </summary>
internal static class AttachmentsEndpoints
{
    public static RouteGroupBuilder MapAttachments(this RouteGroupBuilder applications)
    {
        applications.MapPost("/{id:guid}/attachments", UploadAsync)
            .WithName("UploadAttachment")
            .WithSummary("Upload a material as multipart/form-data: `kind` (application_form, charter, other) and `file` (PDF, Word/Excel/PowerPoint, OFD, PNG/JPEG)")
            .AsApplicationChange("filing_application.upload_attachment", PlatformRoles.Applicant)
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data");
        applications.MapGet("/{id:guid}/attachments/{attachmentId:guid}", DownloadAsync)
            .WithName("DownloadAttachment")
            .WithSummary("The bytes of a material, as uploaded")
            .RequireAuthorization(policy => policy.RequireRole([PlatformRoles.Applicant, PlatformRoles.Expert, .. PlatformRoles.Reviewers]))
            .ProducesProblem(StatusCodes.Status404NotFound);
        applications.MapDelete("/{id:guid}/attachments/{attachmentId:guid}", RemoveAsync)
            .WithName("RemoveAttachment")
            .WithSummary("Remove a material while the application is a draft, returned, or being corrected")
            .AsApplicationChange("filing_application.remove_attachment", PlatformRoles.Applicant);
        return applications;
    }

    private static async Task<Results<Ok<ApplicationResponse>, NotFound, ValidationProblem>> UploadAsync(
        Guid id, [FromForm] string? kind, IFormFile? file, ApplicationEditor editor, FilingDbContext db,
        IOptionsSnapshot<FilingSettings> settings, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var parsedKind = PlatformJson.ParseName<AttachmentKind>(kind);
        if (parsedKind is null)
        {
            errors["kind"] = ["材料类别应为 application_form（备案申请书）、charter（联盟章程）或 other（其他材料）。 / kind is application_form, charter or other."];
        }
        if (file is null)
        {
            errors["file"] = [FormFiles.FileMissing];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var upload = await FormFiles.ReadAsync(file!, settings.Value.Attachments(), cancellationToken);
        var inspected = upload.Description;

        var now = clock.GetUtcNow();
        var attachment = new AttachmentInfo(
            Guid.CreateVersion7(now), parsedKind!.Value, inspected.FileName, inspected.ContentType, inspected.SizeBytes, inspected.Sha256, now,
            editor.Actor.Subject);
        return await editor.ApplyAsync(id, application =>
        {
            if (application.Attachments.Count >= settings.Value.MaxAttachmentsPerApplication)
            {
                throw new ServiceDefaults.Domain.RuleViolationException(new ServiceDefaults.Domain.RuleViolation(
                    "attachment.too_many", FilingAttachments.Article, $"每份申请最多上传{settings.Value.MaxAttachmentsPerApplication}份材料，请先删除不需要的材料。",
                    $"An application carries at most {settings.Value.MaxAttachmentsPerApplication} materials; remove one you no longer need first."));
            }
            application.AddAttachment(attachment);
            db.AttachmentContents.Add(new AttachmentContentRow { AttachmentId = attachment.Id, ApplicationId = application.Id, Content = upload.Content });
        }, cancellationToken) switch
        {
            { Result: Ok<ApplicationResponse> ok } => ok,
            _ => TypedResults.NotFound(),
        };
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(
        Guid id, Guid attachmentId, FilingDbContext db, ApplicationAccess access, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null || !await access.CanReadAsync(application, cancellationToken)
            || application.Attachments.SingleOrDefault(a => a.Id == attachmentId) is not { } attachment)
        {
            return TypedResults.NotFound();
        }
        var content = await db.AttachmentContents.AsNoTracking()
            .Where(c => c.AttachmentId == attachmentId && c.ApplicationId == id).Select(c => c.Content).SingleOrDefaultAsync(cancellationToken);
        return content is null ? TypedResults.NotFound() : TypedResults.File(content, attachment.ContentType, attachment.FileName);
    }

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> RemoveAsync(
        Guid id, Guid attachmentId, ApplicationEditor editor, FilingDbContext db, CancellationToken cancellationToken) =>
        await editor.ApplyAsync(id, async application =>
        {
            application.RemoveAttachment(attachmentId);
            await db.AttachmentContents.Where(c => c.AttachmentId == attachmentId).ExecuteDeleteAsync(cancellationToken);
        }, cancellationToken);
}
