using AlliancePlatform.ServiceDefaults.Auth;

namespace AlliancePlatform.Portal.Features.Reports;

/// <summary>Who may open an annual report (Reporting's readers) and who reviews it (the provincial secretariat).</summary>
public static class ReportRoles
{
    public const string Readers = $"{PlatformRoles.Applicant},{PlatformRoles.Secretariat},{PlatformRoles.AdminDivision},{PlatformRoles.BusinessDivision}";

    /// <summary>Writes the report, its attachments and the alliance's achievements.</summary>
    public const string Writer = PlatformRoles.Applicant;

    /// <summary>Returns or accepts a submitted report.</summary>
    public const string Reviewer = PlatformRoles.Secretariat;
}
