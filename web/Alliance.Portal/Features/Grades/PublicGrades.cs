using AlliancePlatform.Portal.Features.Register;

namespace AlliancePlatform.Portal.Features.Grades;

/// <summary>Evaluation's <c>/api/public/grades</c>: a campaign on notice or published, and its grades.</summary>
public sealed record PublicGrades(PublicCampaign Campaign, Page<PublicGrade> Grades);

/// <param name="Status">on_notice or published.</param>
public sealed record PublicCampaign(
    Guid Id, int Year, string Title, string Status, DateOnly? NoticeFirstDay, DateOnly? NoticeLastDay, DateOnly? PublishedOn);

public sealed record PublicGrade(Guid AllianceId, string Name, string IndustryField, string Region, string Grade, decimal? Composite);
