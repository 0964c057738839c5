using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.Reporting.Features.Reports;
using AlliancePlatform.ServiceDefaults.Files;

namespace AlliancePlatform.Reporting.Features.Achievements;

/// <param name="Value">In yuan: the contract value of a transfer contract; optional for the other types.</param>
public sealed record AchievementResponse(
    Guid Id, Guid AllianceId, AchievementType Type, string TypeName, string Title, DateOnly Date, decimal? Value,
    IReadOnlyList<FileResponse> Evidence, DateTimeOffset RegisteredAt)
{
    public static AchievementResponse For(Achievement a, IReadOnlyDictionary<Guid, EvidenceFile> files) => new(
        a.Id, a.AllianceId, a.Type, $"{a.Type.NameZh()} / {a.Type.NameEn()}", a.Title, a.Date, a.Value,
        [.. a.EvidenceAttachmentIds.Select(files.GetValueOrDefault).OfType<EvidenceFile>().Select(FileResponses.ToResponse)], a.RegisteredAt);
}
