using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using AlliancePlatform.Support.Domain;

namespace AlliancePlatform.Support.Tests;

/// <summary>
/// One alliance graded in the 2025 campaign (published 20 October 2025) and again in the 2026 campaign (published
/// 19 October 2026); its chair unit, its secretary-general unit and a plain member unit, by credit code.
/// </summary>
internal static class SupportTestData
{
    public const string ChairUnit = "91230100MA00000001";
    public const string SecretaryGeneralUnit = "91230100MA00000002";
    public const string MemberUnit = "91230100MA00000003";
    public const string OtherUnit = "91230100MA00000009";

    public static readonly Guid AllianceId = new("10000000-0000-0000-0000-000000000001");
    public static readonly Guid OtherAllianceId = new("10000000-0000-0000-0000-000000000002");
    public static readonly Guid Campaign2025 = new("20000000-0000-0000-0000-000000002025");
    public static readonly Guid Campaign2026 = new("20000000-0000-0000-0000-000000002026");

    public static readonly Actor Admin = new("admin-1", PlatformRoles.AdminDivision, "11230000MB0000000A");
    public static readonly Actor Secretariat = new("secretariat-1", PlatformRoles.Secretariat, "12230000MB0000000S");

    public static readonly AllianceOfficers Officers = new(ChairUnit, SecretaryGeneralUnit);

    public static readonly DateTimeOffset Published2025 = At(2025, 10, 20);
    public static readonly DateTimeOffset Published2026 = At(2026, 10, 19);

    /// <summary>A time of day in China (10:00 unless said).</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour = 10, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    public static PublishedGrade Grade2025(Grade grade, Guid? alliance = null) =>
        new(alliance ?? AllianceId, Campaign2025, 2025, grade, Published2025);

    public static PublishedGrade Grade2026(Grade grade, Guid? alliance = null) =>
        new(alliance ?? AllianceId, Campaign2026, 2026, grade, Published2026);

    /// <summary>What a 2025 grade grants under the default rules, recorded a minute after publication.</summary>
    public static IReadOnlyList<Entitlement> Granted2025(Grade grade, AllianceOfficers? officers = null) =>
        EntitlementGranting.Grant(Grade2025(grade), officers ?? Officers, EntitlementRuleSet.Default, Published2025.AddMinutes(1));

    public static Actor Unit(string creditCode, string subject = "unit-user") => new(subject, PlatformRoles.Applicant, creditCode);

    public static RuleViolation Violation(Action act) => Assert.Throws<RuleViolationException>(act).Violation;
}
