using AlliancePlatform.ServiceDefaults.Auth;

namespace AlliancePlatform.Portal.Features.Evaluation;

/// <summary>Who runs a campaign in the portal: the admin division (plan, scope, experts, grades) and the secretariat (opens the self-assessment).</summary>
public static class EvaluationRoles
{
    public const string Officials = $"{PlatformRoles.AdminDivision},{PlatformRoles.Secretariat}";
}
