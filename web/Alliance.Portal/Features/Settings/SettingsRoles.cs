using AlliancePlatform.Portal.Features.Account;
using AlliancePlatform.ServiceDefaults.Auth;

namespace AlliancePlatform.Portal.Features.Settings;

/// <summary>
/// Who sees the settings (the officials Support lets read the rules and their history) and who changes them (Art 24:
/// the admin division only).
/// </summary>
public static class SettingsRoles
{
    public const string Readers = $"{PlatformRoles.AdminDivision},{PlatformRoles.Secretariat},{PlatformRoles.BusinessDivision}";
    public const string Editors = PortalRoles.AdminDivision;
}
