using AlliancePlatform.ServiceDefaults.Auth;

namespace AlliancePlatform.Portal.Features.ReportsReview;

/// <summary>Who reads every alliance's annual reports (Reporting's officials).</summary>
public static class ReportsReviewRoles
{
    public const string Officials = $"{PlatformRoles.Secretariat},{PlatformRoles.AdminDivision},{PlatformRoles.BusinessDivision}";
}
