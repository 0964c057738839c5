namespace AlliancePlatform.Portal.Features.Evaluation;

/// <summary>An alliance an expert is assigned to score in a campaign, with where their own sheet stands.</summary>
public sealed record ExpertAssignment(Guid CampaignId, string CampaignTitle, string CampaignStatus, Guid AllianceId, string AllianceName, DateTimeOffset? SubmittedAt, bool IsClosed);
