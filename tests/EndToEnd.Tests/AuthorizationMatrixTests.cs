using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>
/// Every route every service publishes, read from its OpenAPI document (which ASP.NET Core builds from
/// the endpoint data source), must have a rule here; each is then called without a token, with a role
/// it does not allow, and — for routes with an id — with another organisation's token.
/// A new route without a rule fails <see cref="EveryPublishedRoute_HasARule"/>.
/// </summary>
[Collection(PlatformCollection.Name)]
public class AuthorizationMatrixTests(PlatformFixture platform)
{
    /// <summary>What a route names by id: nothing, an alliance, or a member unit.</summary>
    private enum Target { None, Alliance, Unit }

    /// <summary>What an applicant of another organisation gets.</summary>
    private enum ForOthers { NotFound, Forbidden, Allowed }

    private sealed record Rule(string Method, string Path, Target Target, ForOthers ForOthers, object? Body = null)
    {
        public string Key => $"{Method} {Path}";
    }

    private static readonly Guid SomeUnit = Guid.NewGuid();
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Routes and what they expose; the roles allowed are the services' own declarations.</summary>
    private static readonly Rule[] Rules =
    [
        new("POST", "/api/membership/alliances", Target.None, ForOthers.Allowed, new { name = "{unique}", industryField = "new_materials" }),
        new("GET", "/api/membership/alliances", Target.None, ForOthers.Allowed),
        new("GET", "/api/membership/alliances/{id}", Target.Alliance, ForOthers.NotFound),
        new("PUT", "/api/membership/alliances/{id}/profile", Target.Alliance, ForOthers.NotFound, new { name = "{unique}", industryField = "new_materials" }),
        new("POST", "/api/membership/alliances/{id}/members", Target.Alliance, ForOthers.NotFound, new { memberUnitId = SomeUnit, joinedOn = Today }),
        new("POST", "/api/membership/alliances/{id}/members/{memberUnitId}/departure", Target.Alliance, ForOthers.NotFound, new { leftOn = Today, reason = "test" }),
        new("PUT", "/api/membership/alliances/{id}/chair-unit", Target.Alliance, ForOthers.NotFound, new { memberUnitId = SomeUnit, changedOn = Today }),
        new("PUT", "/api/membership/alliances/{id}/secretary-general-unit", Target.Alliance, ForOthers.NotFound, new { memberUnitId = SomeUnit, changedOn = Today }),
        new("POST", "/api/membership/alliances/{id}/council", Target.Alliance, ForOthers.NotFound, new { personName = "张伟", memberUnitId = SomeUnit, position = "member" }),
        new("DELETE", "/api/membership/alliances/{id}/council/{councilMemberId}", Target.Alliance, ForOthers.NotFound),
        new("POST", "/api/membership/alliances/{id}/expert-committee", Target.Alliance, ForOthers.NotFound, new { name = "刘洋", affiliation = "哈工大", title = "教授" }),
        new("DELETE", "/api/membership/alliances/{id}/expert-committee/{expertId}", Target.Alliance, ForOthers.NotFound),
        new("PUT", "/api/membership/alliances/{id}/secretariat", Target.Alliance, ForOthers.NotFound, new { officeAddress = "哈尔滨", staffCount = 1, annualBudget = 1m }),
        new("POST", "/api/membership/alliances/{id}/formation-steps", Target.Alliance, ForOthers.NotFound, new { step = "initiated", takenOn = Today }),
        new("POST", "/api/membership/alliances/{id}/charters", Target.Alliance, ForOthers.NotFound, new { taskDivision = "分工" }),
        new("POST", "/api/membership/alliances/{id}/charters/{version}/signatures", Target.Alliance, ForOthers.NotFound, new { memberUnitId = SomeUnit, signerName = "王建国", signedOn = Today }),
        new("GET", "/api/membership/alliances/{id}/charters/{version}", Target.Alliance, ForOthers.NotFound),
        new("GET", "/api/membership/alliances/{id}/eligibility", Target.Alliance, ForOthers.NotFound),
        new("POST", "/api/membership/units", Target.None, ForOthers.Allowed, "{unit}"),
        new("GET", "/api/membership/units", Target.None, ForOthers.Allowed),
        // Units are shared by alliances: any applicant finds them, but only their maintainers change them or see their contacts.
        new("GET", "/api/membership/units/{id}", Target.Unit, ForOthers.Allowed),
        new("PUT", "/api/membership/units/{id}", Target.Unit, ForOthers.NotFound, UnitDetails),
        new("GET", "/api/filing/alliances/{id}", Target.Alliance, ForOthers.NotFound),
        .. PlatformFixture.Services.Select(service => new Rule("GET", $"/api/{service}/audit", Target.None, ForOthers.Forbidden)),
    ];

    private static object UnitDetails => new
    {
        name = "某公司", type = "enterprise", registeredRegion = "230100", legalRepresentative = "王建国", contactPerson = "李明", contactPhone = "0452-2345678",
    };

    public static TheoryData<string> Routes => new(Rules.Select(r => r.Key));

    [Fact]
    public async Task EveryPublishedRoute_HasARule()
    {
        var published = new List<string>();
        foreach (var service in PlatformFixture.Services)
        {
            var document = JsonDocument.Parse(await platform.Gateway.GetStringAsync($"/openapi/{service}.json")).RootElement;
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                published.AddRange(path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"));
            }
        }

        var ruled = Rules.Select(r => r.Key).ToList();
        var withoutRule = published.Except(ruled).ToList();
        var ruleWithoutRoute = ruled.Except(published).ToList();
        Assert.True(withoutRule.Count == 0, $"routes without an authorization rule: {string.Join(", ", withoutRule)}");
        Assert.True(ruleWithoutRoute.Count == 0, $"rules for routes no service publishes: {string.Join(", ", ruleWithoutRoute)}");
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task WithoutAToken_EveryRouteIs401AndRevealsNothing(string route)
    {
        var rule = Rules.Single(r => r.Key == route);
        var target = await TargetAsync(rule);

        using var response = await platform.Gateway.SendAsync(Request(rule, target));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("黑龙江省", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task WithARoleTheRouteDoesNotAllow_EveryRouteIs403(string route)
    {
        var rule = Rules.Single(r => r.Key == route);
        var target = await TargetAsync(rule);

        using var response = await platform.Ops.SendAsync(Request(rule, target));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task WithAnotherOrganisationsToken_NoRouteRevealsTheObject(string route)
    {
        var rule = Rules.Single(r => r.Key == route);
        var target = await TargetAsync(rule);

        using var response = await platform.OtherApplicant.SendAsync(Request(rule, target));
        var body = await response.Content.ReadAsStringAsync();

        switch (rule.ForOthers)
        {
            case ForOthers.NotFound:
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{(int)response.StatusCode} {body}");
                Assert.DoesNotContain(PlatformFixture.HarbinApplicantOrganization, body);
                Assert.DoesNotContain("0451-", body);
                break;
            case ForOthers.Forbidden:
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                break;
            default:
                // Open to every applicant; what it creates belongs to the caller's own unit, and contacts stay hidden.
                Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
                if (rule.Method == "GET")
                {
                    Assert.DoesNotContain("0451-", body);
                }
                break;
        }
    }

    /// <summary>Ids point at an alliance or a unit the Harbin applicant registered; other ids at nothing in particular.</summary>
    private async Task<string> TargetAsync(Rule rule)
    {
        var path = rule.Path.Replace("{version}", "1", StringComparison.Ordinal);
        foreach (var other in new[] { "{memberUnitId}", "{councilMemberId}", "{expertId}" })
        {
            path = path.Replace(other, Guid.NewGuid().ToString(), StringComparison.Ordinal);
        }
        switch (rule.Target)
        {
            case Target.Alliance:
                var registered = await Alliances.RegisterOkAsync(platform.Applicant);
                await Alliances.KnownToFilingAsync(platform.Applicant, registered.Id);
                var membership = new MembershipClient(platform.Applicant);
                await membership.PostAsync($"/api/membership/alliances/{registered.Id}/charters", MembershipClient.CompleteCharter, HttpStatusCode.Created);
                return path.Replace("{id}", registered.Id.ToString(), StringComparison.Ordinal);
            case Target.Unit:
                var unit = await new MembershipClient(platform.Applicant).RegisterUnitAsync(CreditCodes.New(), "哈尔滨某科技有限公司", "enterprise");
                return path.Replace("{id}", unit.GetProperty("id").GetGuid().ToString(), StringComparison.Ordinal);
            default:
                return path;
        }
    }

    private static HttpRequestMessage Request(Rule rule, string target)
    {
        var body = rule.Body switch
        {
            "{unit}" => new { creditCode = CreditCodes.New("230200"), unit = UnitDetails },
            { } given when JsonSerializer.Serialize(given).Contains("{unique}", StringComparison.Ordinal) =>
                new { name = Alliances.UniqueName(), industryField = "new_materials" },
            var given => given,
        };
        var request = new HttpRequestMessage(new HttpMethod(rule.Method), target) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return request;
    }
}
