using AlliancePlatform.ServiceDefaults.Auth;

namespace AlliancePlatform.Portal.Features.Account;

/// <summary>The platform's roles as <c>AuthorizeView Roles</c> and <c>[Authorize(Roles)]</c> take them (comma-separated).</summary>
public static class PortalRoles
{
    public const string Applicant = PlatformRoles.Applicant;
    public const string AdminDivision = PlatformRoles.AdminDivision;
    public const string Expert = PlatformRoles.Expert;

    /// <summary>The officials who review filings (Art 11).</summary>
    public const string Reviewers =
        $"{PlatformRoles.Recommender},{PlatformRoles.Secretariat},{PlatformRoles.BusinessDivision},{PlatformRoles.AdminDivision}";

    /// <summary>The provincial officials who read every alliance's reports and the support settings.</summary>
    public const string ProvincialOfficials = $"{PlatformRoles.Secretariat},{PlatformRoles.AdminDivision},{PlatformRoles.BusinessDivision}";

    /// <summary>Who runs evaluation campaigns (Art 19-21): the admin division, with the secretariat checking self-assessments.</summary>
    public const string CampaignOfficials = $"{PlatformRoles.AdminDivision},{PlatformRoles.Secretariat}";

    /// <summary>Everyone with tasks waiting in an inbox: the reviewers and the experts.</summary>
    public const string InboxHolders = $"{Reviewers},{PlatformRoles.Expert}";
}
