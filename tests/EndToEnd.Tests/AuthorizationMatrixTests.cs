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
    /// <param name="HasObject">The route names an alliance by id: not-yours must be 404.</param>
    /// <param name="ForApplicants">Applicants may call it (on their own objects).</param>
    private sealed record Rule(string Method, string Path, bool HasObject, bool ForApplicants)
    {
        public string Key => $"{Method} {Path}";
    }

    /// <summary>Routes and what they expose; the roles allowed are the services' own declarations.</summary>
    private static readonly Rule[] Rules =
    [
        new("POST", "/api/membership/alliances", HasObject: false, ForApplicants: true),
        new("GET", "/api/membership/alliances/{id}", HasObject: true, ForApplicants: true),
        new("GET", "/api/filing/alliances/{id}", HasObject: true, ForApplicants: true),
        .. PlatformFixture.Services.Select(service => new Rule("GET", $"/api/{service}/audit", HasObject: false, ForApplicants: false)),
    ];

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
        var (method, path, hasObject, _) = Rules.Single(r => r.Key == route);
        var target = await TargetAsync(path, hasObject);

        using var response = await platform.Gateway.SendAsync(Request(method, target));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("黑龙江省", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task WithARoleTheRouteDoesNotAllow_EveryRouteIs403(string route)
    {
        var (method, path, hasObject, _) = Rules.Single(r => r.Key == route);
        var target = await TargetAsync(path, hasObject);

        using var response = await platform.Ops.SendAsync(Request(method, target));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task WithAnotherOrganisationsToken_NoRouteRevealsTheObject(string route)
    {
        var (method, path, hasObject, forApplicants) = Rules.Single(r => r.Key == route);
        var target = await TargetAsync(path, hasObject);

        using var response = await platform.OtherApplicant.SendAsync(Request(method, target));

        if (hasObject)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        else if (!forApplicants)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        else
        {
            // Creating is open to every applicant; what it creates belongs to the caller's own unit.
            Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}");
        }
        Assert.DoesNotContain("91230100MA1B2C3D4E", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Routes with an id point at an alliance the Harbin applicant registered.</summary>
    private async Task<string> TargetAsync(string path, bool hasObject)
    {
        if (!hasObject)
        {
            return path;
        }
        var registered = await Alliances.RegisterOkAsync(platform.Applicant);
        await Alliances.KnownToFilingAsync(platform.Applicant, registered.Id);
        return path.Replace("{id}", registered.Id.ToString(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Request(string method, string target) => new(new HttpMethod(method), target)
    {
        Content = method == "POST" ? JsonContent.Create(new { name = Alliances.UniqueName(), industryField = "new_materials" }) : null,
    };
}
