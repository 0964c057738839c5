namespace AlliancePlatform.Evaluation.Domain;

/// <summary>A grade as published (Art 23): what the service announces with GradePublished, and what the next campaign compares with.</summary>
public sealed record PublishedGrade(Guid CampaignId, int Year, Guid AllianceId, Grade Grade, decimal? Composite, DateOnly PublishedOn);
