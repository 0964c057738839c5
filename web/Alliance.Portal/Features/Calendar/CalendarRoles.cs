using AlliancePlatform.Portal.Features.Account;

namespace AlliancePlatform.Portal.Features.Calendar;

/// <summary>Who may see the working-day calendar (everyone Filing's calendar API lets read) and who may change it.</summary>
public static class CalendarRoles
{
    public const string Readers = $"{PortalRoles.Applicant},{PortalRoles.Expert},{PortalRoles.Reviewers}";
    public const string Editors = PortalRoles.AdminDivision;
}
