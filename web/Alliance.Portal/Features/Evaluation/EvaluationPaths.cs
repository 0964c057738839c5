namespace AlliancePlatform.Portal.Features.Evaluation;

/// <summary>Evaluation's API paths and the portal's own pages, in one place.</summary>
public static class EvaluationPaths
{
    public const string Campaigns = "/api/evaluation/campaigns";

    /// <summary>The signed-in expert's own review assignments, each with its campaign's plan.</summary>
    public const string Assignments = "/api/evaluation/assignments";

    public static string AssignmentsIn(Guid campaignId) => $"{Assignments}?campaignId={campaignId}&pageSize=100";

    public static string Campaign(Guid campaignId) => $"{Campaigns}/{campaignId}";

    public static string Alliance(Guid campaignId, Guid allianceId) => $"{Campaign(campaignId)}/alliances/{allianceId}";

    public static string Review(Guid campaignId, Guid allianceId) => $"{Alliance(campaignId, allianceId)}/review";

    public static string SelfAssessment(Guid campaignId, Guid allianceId) => $"{Alliance(campaignId, allianceId)}/self-assessment";

    public static string ScoresPage(Guid campaignId, Guid allianceId) => $"evaluation/campaigns/{campaignId}/alliances/{allianceId}/scores";

    public static string SelfAssessmentPage(Guid campaignId, Guid allianceId) => $"evaluation/campaigns/{campaignId}/alliances/{allianceId}/self-assessment";

    public static string CampaignPage(Guid campaignId) => $"evaluation/campaigns/{campaignId}";
}
