using System.Net;
using System.Text.Json;
using AlliancePlatform.Contracts.Membership;

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>Issue 4 through the gateway: from nothing to an alliance that meets every Art 6 condition, every event observed.</summary>
[Collection(PlatformCollection.Name)]
public class MembershipTests(PlatformFixture platform)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task AnApplicant_FormsAnAllianceUntilItIsEligible_AndEveryChangeIsPublished()
    {
        await using var observer = await EventObserver.StartAsync(await platform.ConnectionStringAsync("rabbitmq"),
            AllianceProfileChanged.EventName, MemberUnitJoined.EventName, MemberUnitLeft.EventName, ChairUnitChanged.EventName,
            SecretaryGeneralUnitChanged.EventName, CharterBecameEffective.EventName);
        var membership = new MembershipClient(platform.Applicant);

        // Units: the applicant's own company, a university and a research institute, and one that joins later.
        var company = await EligibleAlliances.UnitAsync(platform.Applicant, PlatformFixture.HarbinApplicantOrganization, "哈尔滨新材料科技有限公司", "enterprise");
        var university = await membership.RegisterUnitAsync(CreditCodes.New(prefix: "12"), "哈尔滨理工大学", "university");
        var institute = await membership.RegisterUnitAsync(CreditCodes.New(prefix: "12"), "黑龙江省材料研究所", "research_institute");
        var latecomer = await membership.RegisterUnitAsync(CreditCodes.New("230200"), "齐齐哈尔重型装备有限公司", "enterprise", "230200");
        var name = Alliances.UniqueName();
        var alliance = await membership.RegisterAllianceAsync(name);
        var at = $"/api/membership/alliances/{alliance.GetProperty("id").GetGuid()}";
        var allianceId = alliance.GetProperty("id").GetGuid();

        await membership.PostAsync($"{at}/formation-steps", new { step = "initiated", takenOn = Today.AddDays(-60) });
        await membership.PostAsync($"{at}/formation-steps", new { step = "preparatory_committee", takenOn = Today.AddDays(-45) });
        foreach (var unit in new[] { company, university, institute })
        {
            await membership.PostAsync($"{at}/members", new { memberUnitId = Id(unit), joinedOn = Today.AddDays(-30), reason = "发起单位" });
        }
        await membership.PostAsync($"{at}/charters", MembershipClient.CompleteCharter, HttpStatusCode.Created);
        foreach (var unit in new[] { company, university, institute })
        {
            await membership.PostAsync($"{at}/charters/1/signatures", new { memberUnitId = Id(unit), signerName = "王建国", signedOn = Today.AddDays(-20) });
        }
        await membership.PostAsync($"{at}/formation-steps", new { step = "founding_meeting", takenOn = Today.AddDays(-20) });
        await membership.PutAsync($"{at}/chair-unit", new { memberUnitId = Id(company), changedOn = Today.AddDays(-20), reason = "成立大会选举" });
        await membership.PutAsync($"{at}/secretary-general-unit", new { memberUnitId = Id(university), changedOn = Today.AddDays(-20) });
        await membership.PostAsync($"{at}/council", new { personName = "王建国", memberUnitId = Id(company), position = "chair" });
        await membership.PostAsync($"{at}/council", new { personName = "张伟", memberUnitId = Id(university), position = "vice_chair" });
        await membership.PostAsync($"{at}/expert-committee", new { name = "刘洋", affiliation = "哈尔滨工业大学", title = "教授" });
        await membership.PostAsync($"{at}/formation-steps", new { step = "expert_committee_formed", takenOn = Today.AddDays(-10) });
        await membership.PutAsync($"{at}/secretariat", new { officeAddress = "哈尔滨市南岗区学府路52号", staffCount = 3, annualBudget = 500000m });
        await membership.PostAsync($"{at}/formation-steps", new { step = "secretariat_formed", takenOn = Today.AddDays(-5) });

        var eligibility = await membership.GetAsync($"{at}/eligibility");
        Assert.True(eligibility.GetProperty("eligible").GetBoolean(), eligibility.ToString());
        Assert.Equal(16, eligibility.GetProperty("checks").GetArrayLength());

        // Open development (Art 8-7): a unit joins by acceding to the effective charter, then leaves; the alliance is renamed.
        await membership.PostAsync($"{at}/members", new { memberUnitId = Id(latecomer), joinedOn = Today, reason = "申请加入" });
        var accession = await membership.PostAsync($"{at}/charters/1/signatures", new { memberUnitId = Id(latecomer), signerName = "王建国", signedOn = Today });
        Assert.Contains(accession.GetProperty("signatures").EnumerateArray(), s => s.GetProperty("kind").GetString() == "accession");
        await membership.PostAsync($"{at}/members/{Id(latecomer)}/departure", new { leftOn = Today, reason = "业务调整" });
        var renamed = Alliances.UniqueName("先进材料");
        await membership.PutAsync($"{at}/profile", new { name = renamed, industryField = "new_materials" });

        var joined = await observer.ReceivedAsync(MemberUnitJoined.EventName, e => Is(e, allianceId) && Unit(e) == Id(institute));
        Assert.Equal("research_institute", joined.GetProperty("unit").GetProperty("unitType").GetString());
        Assert.Equal(institute.GetProperty("creditCode").GetString(), joined.GetProperty("unit").GetProperty("creditCode").GetString());
        Assert.Equal(name, joined.GetProperty("allianceName").GetString());
        var effective = await observer.ReceivedAsync(CharterBecameEffective.EventName, e => Is(e, allianceId));
        Assert.Equal(1, effective.GetProperty("version").GetInt32());
        Assert.Equal(3, effective.GetProperty("signedBy").GetArrayLength());
        var chair = await observer.ReceivedAsync(ChairUnitChanged.EventName, e => Is(e, allianceId));
        Assert.Equal(PlatformFixture.HarbinApplicantOrganization, chair.GetProperty("unit").GetProperty("creditCode").GetString());
        Assert.Equal("230100", chair.GetProperty("unit").GetProperty("registeredRegion").GetString());
        await observer.ReceivedAsync(SecretaryGeneralUnitChanged.EventName, e => Is(e, allianceId) && Unit(e) == Id(university));
        await observer.ReceivedAsync(MemberUnitJoined.EventName, e => Is(e, allianceId) && Unit(e) == Id(latecomer));
        var left = await observer.ReceivedAsync(MemberUnitLeft.EventName, e => Is(e, allianceId));
        Assert.Equal("业务调整", left.GetProperty("reason").GetString());
        var profile = await observer.ReceivedAsync(AllianceProfileChanged.EventName, e => Is(e, allianceId));
        Assert.Equal(renamed, profile.GetProperty("name").GetString());
        Assert.Equal(name, profile.GetProperty("previousName").GetString());
        Assert.Equal(3, observer.All(MemberUnitJoined.EventName).Count(e => Is(e, allianceId) && Unit(e) != Id(latecomer)));

        // The applicant acts for it as chair unit; a reviewer reads it; another unit's applicant sees nothing.
        var inHarbin = await new MembershipClient(platform.Secretariat).GetAsync($"/api/membership/alliances?region=2301&name={Uri.EscapeDataString(renamed)}");
        var inQiqihar = await new MembershipClient(platform.Secretariat).GetAsync($"/api/membership/alliances?region=2302&name={Uri.EscapeDataString(renamed)}");
        Assert.Equal(1, inHarbin.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, inQiqihar.GetProperty("totalCount").GetInt32());
        var detail = await membership.GetAsync(at);
        Assert.Equal(Id(company), detail.GetProperty("chairUnitId").GetGuid());
        Assert.Equal(3, detail.GetProperty("members").EnumerateArray().Count(m => m.GetProperty("status").GetString() == "current"));
        Assert.Equal(
            ["join_pending", "joined", "left"],
            detail.GetProperty("membershipHistory").EnumerateArray()
                .Where(c => c.GetProperty("memberUnitId").GetGuid() == Id(latecomer)).Select(c => c.GetProperty("kind").GetString()));
        await new MembershipClient(platform.Secretariat).GetAsync($"{at}/eligibility");
        using var foreign = await platform.OtherApplicant.GetAsync($"{at}/eligibility");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task AnAllianceJustRegistered_FailsEachConditionByArticle_InChineseAndEnglish()
    {
        var membership = new MembershipClient(platform.OtherApplicant);
        var alliance = await membership.RegisterAllianceAsync($"齐齐哈尔{Guid.NewGuid():N}联盟");
        var beijing = await membership.RegisterUnitAsync(CreditCodes.New("110108"), "北京某科技有限公司", "enterprise", "110108", "010-62345678");
        var at = $"/api/membership/alliances/{Id(alliance)}";
        await membership.PostAsync($"{at}/members", new { memberUnitId = Id(beijing), joinedOn = Today });
        await membership.PostAsync($"{at}/charters", new { taskDivision = "分工", innovationGoals = "目标" }, HttpStatusCode.Created);

        var eligibility = await membership.GetAsync($"{at}/eligibility");

        Assert.False(eligibility.GetProperty("eligible").GetBoolean());
        var failed = eligibility.GetProperty("checks").EnumerateArray().Where(c => !c.GetProperty("passed").GetBoolean()).ToList();
        Assert.Equal(
            new[]
            {
                "art6_1.min_members", "art6_1.enterprise_member", "art6_1.academic_member", "art6_1.chair_unit_in_heilongjiang",
                "art6_2.charter_organisation_form", "art6_2.charter_achievement_sharing", "art6_5.charter_intellectual_property",
                "art6_5.charter_breach_liability", "art6_4.charter_fund_management", "art6_2.charter_signed",
                "art6_3.council", "art6_3.expert_committee", "art6_3.secretariat", "art7_2.standard_name",
            },
            failed.Select(c => c.GetProperty("code").GetString()));
        Assert.All(failed, c =>
        {
            Assert.StartsWith("Art ", c.GetProperty("article").GetString());
            Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("message").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("messageEn").GetString()));
        });
    }

    [Theory]
    [InlineData("91230100MA1B2C3D4E", "credit_code.bad_check_character")]
    [InlineData("91230100MA1B2C3D4", "credit_code.wrong_length")]
    [InlineData("91230100ma1b2c3d49", "credit_code.lower_case")]
    [InlineData("91230100MA1B2C3DI9", "credit_code.forbidden_character")]
    public async Task AnInvalidCreditCode_Is422NamingTheReason(string creditCode, string code)
    {
        using var response = await new MembershipClient(platform.Applicant).SendAsync(HttpMethod.Post, "/api/membership/units", new
        {
            creditCode,
            unit = new { name = "某公司", type = "enterprise", registeredRegion = "230100", legalRepresentative = "王建国", contactPerson = "李明", contactPhone = "0451-86412345" },
        });
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Lists_ArePagedAndFiltered_AndAnApplicantListsOnlyItsOwn()
    {
        var mine = new MembershipClient(platform.OtherApplicant);
        var marker = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 3; i++)
        {
            await mine.RegisterAllianceAsync($"黑龙江省冰雪经济{marker}{i}产业技术创新联盟", "ice_snow_economy");
        }

        var firstPage = await mine.GetAsync($"/api/membership/alliances?name={marker}&pageSize=2");
        var byReviewer = await new MembershipClient(platform.Secretariat).GetAsync($"/api/membership/alliances?name={marker}&field=ice_snow_economy");
        var byOtherApplicant = await new MembershipClient(platform.Applicant).GetAsync($"/api/membership/alliances?name={marker}");

        Assert.Equal(3, firstPage.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, firstPage.GetProperty("items").GetArrayLength());
        Assert.Equal(3, byReviewer.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, byOtherApplicant.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task TheOpenApiDocument_ShowsAnExampleForEveryMembershipWrite()
    {
        var document = JsonDocument.Parse(await platform.Gateway.GetStringAsync("/openapi/membership.json")).RootElement;

        var writes = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Route: $"{operation.Name} {path.Name}", Operation: operation.Value)))
            .Where(o => o.Operation.TryGetProperty("requestBody", out _))
            .ToList();

        Assert.NotEmpty(writes);
        Assert.All(writes, o => Assert.True(
            o.Operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _),
            $"{o.Route} has no example"));
        var unit = document.GetProperty("paths").GetProperty("/api/membership/units").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.Equal("91230100MA1B2C3D49", unit.GetProperty("creditCode").GetString());
    }

    private static Guid Id(JsonElement resource) => resource.GetProperty("id").GetGuid();
    private static Guid Unit(JsonElement e) => e.GetProperty("unit").GetProperty("memberUnitId").GetGuid();
    private static bool Is(JsonElement e, Guid allianceId) => e.GetProperty("allianceId").GetGuid() == allianceId;
}
