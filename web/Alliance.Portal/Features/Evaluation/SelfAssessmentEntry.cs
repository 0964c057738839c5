namespace AlliancePlatform.Portal.Features.Evaluation;

/// <summary>An own alliance in a campaign, with where its self-assessment stands (null: not started).</summary>
public sealed record SelfAssessmentEntry(Guid CampaignId, string CampaignTitle, string CampaignStatus, CampaignWindows Windows, Guid AllianceId, string AllianceName, string? Status);
