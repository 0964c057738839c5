using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>
/// Forms an alliance through Membership's API until it meets every Art 6 condition: the Harbin applicant's company
/// as chair, a university as secretary-general, a research institute, a signed complete charter, council, expert
/// committee and secretariat.
/// </summary>
public static class EligibleAlliances
{
    public sealed record Formed(Guid Id, string Name, string CompanyCreditCode, string UniversityCreditCode, string InstituteCreditCode);

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static async Task<Formed> FormAsync(HttpClient applicant, string? name = null, string industryField = "new_materials")
    {
        var membership = new MembershipClient(applicant);
        var company = await UnitAsync(applicant, PlatformFixture.HarbinApplicantOrganization, "哈尔滨新材料科技有限公司", "enterprise");
        var university = await membership.RegisterUnitAsync(CreditCodes.New(prefix: "12"), "哈尔滨理工大学", "university");
        var institute = await membership.RegisterUnitAsync(CreditCodes.New(prefix: "12"), "黑龙江省材料研究所", "research_institute");
        name ??= Alliances.UniqueName();
        var alliance = await membership.RegisterAllianceAsync(name, industryField);
        var id = alliance.GetProperty("id").GetGuid();
        var at = $"/api/membership/alliances/{id}";

        foreach (var unit in new[] { company, university, institute })
        {
            await membership.PostAsync($"{at}/members", new { memberUnitId = Id(unit), joinedOn = Today.AddDays(-30), reason = "发起单位" });
        }
        await membership.PostAsync($"{at}/charters", MembershipClient.CompleteCharter, HttpStatusCode.Created);
        foreach (var unit in new[] { company, university, institute })
        {
            await membership.PostAsync($"{at}/charters/1/signatures", new { memberUnitId = Id(unit), signerName = "王建国", signedOn = Today.AddDays(-20) });
        }
        await membership.PutAsync($"{at}/chair-unit", new { memberUnitId = Id(company), changedOn = Today.AddDays(-20), reason = "成立大会选举" });
        await membership.PutAsync($"{at}/secretary-general-unit", new { memberUnitId = Id(university), changedOn = Today.AddDays(-20) });
        await membership.PostAsync($"{at}/council", new { personName = "王建国", memberUnitId = Id(company), position = "chair" });
        await membership.PostAsync($"{at}/expert-committee", new { name = "刘洋", affiliation = "哈尔滨工业大学", title = "教授" });
        await membership.PutAsync($"{at}/secretariat", new { officeAddress = "哈尔滨市南岗区学府路52号", staffCount = 3, annualBudget = 500000m });
        await OfficersKnownToFilingAsync(applicant, id);
        return new Formed(id, name, PlatformFixture.HarbinApplicantOrganization, Code(university), Code(institute));
    }

    /// <summary>
    /// The chair and secretary-general changes reach Filing on separate queues; while only the secretary-general unit is known
    /// there, the chair unit's applicant does not act for the alliance and its application is not found. Wait for both.
    /// </summary>
    private static Task OfficersKnownToFilingAsync(HttpClient applicant, Guid allianceId) =>
        Eventually.ReturnsAsync(
            async () =>
            {
                using var response = await applicant.GetAsync($"/api/filing/alliances/{allianceId}");
                if (!response.IsSuccessStatusCode)
                {
                    return false;
                }
                var known = await response.Content.ReadFromJsonAsync<JsonElement>();
                return known.GetProperty("chairUnitCreditCode").ValueKind == JsonValueKind.String
                    && known.GetProperty("secretaryGeneralUnitCreditCode").ValueKind == JsonValueKind.String;
            },
            known => known, TimeSpan.FromSeconds(45), "Filing learning the alliance's chair and secretary-general units");

    /// <summary>The unit with this credit code, registered now unless an earlier test already did (credit codes are unique).</summary>
    public static async Task<JsonElement> UnitAsync(HttpClient applicant, string creditCode, string name, string type)
    {
        var membership = new MembershipClient(applicant);
        var found = await membership.GetAsync($"/api/membership/units?creditCode={creditCode}");
        return found.GetProperty("totalCount").GetInt32() > 0
            ? found.GetProperty("items")[0]
            : await membership.RegisterUnitAsync(creditCode, name, type);
    }

    private static Guid Id(JsonElement unit) => unit.GetProperty("id").GetGuid();
    private static string Code(JsonElement unit) => unit.GetProperty("creditCode").GetString()!;
}
