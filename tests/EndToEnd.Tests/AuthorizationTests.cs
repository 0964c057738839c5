using System.Net;
using System.Net.Http.Json;
using AlliancePlatform.Testing;

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>Nobody sees or changes what is not theirs (quality.md, Security; OWASP API1, API3, API5).</summary>
[Collection(PlatformCollection.Name)]
public class AuthorizationTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("POST", "/api/membership/alliances")]
    [InlineData("GET", "/api/membership/alliances/01a22282-6cd4-724e-b011-3d9b4490632b")]
    [InlineData("GET", "/api/filing/alliances/01a22282-6cd4-724e-b011-3d9b4490632b")]
    public async Task WithoutAToken_TheGatewayAnswers401(string method, string path)
    {
        using var response = await platform.Gateway.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? JsonContent.Create(new { name = Alliances.UniqueName(), industryField = "new_materials" }) : null,
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("membership", "/api/membership/alliances/01a22282-6cd4-724e-b011-3d9b4490632b")]
    [InlineData("filing", "/api/filing/alliances/01a22282-6cd4-724e-b011-3d9b4490632b")]
    public async Task WithoutAToken_EachServiceRefusesTooEvenWhenCalledDirectly(string service, string path)
    {
        using var direct = platform.DirectClient(service);

        using var response = await direct.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AForgedToken_IsRefused()
    {
        using var forged = new HttpClient { BaseAddress = platform.Platform.EndpointOf(PlatformUnderTest.GatewayName) };
        forged.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4Iiwicm9sZSI6ImFkbWluX2RpdmlzaW9uIn0.c2lnbmF0dXJl");

        using var response = await forged.GetAsync($"/api/filing/alliances/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AReviewer_CannotRegisterAnAlliance_OnlyAnApplicantCan()
    {
        using var response = await Alliances.RegisterAsync(platform.Secretariat, Alliances.UniqueName());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnotherOrganisationsApplicant_SeesNothingOfAnAlliance_NotEvenThatItExists()
    {
        var registered = await Alliances.RegisterOkAsync(platform.Applicant);
        await Alliances.KnownToFilingAsync(platform.Applicant, registered.Id);

        using var membership = await platform.OtherApplicant.GetAsync($"/api/membership/alliances/{registered.Id}");
        using var filing = await platform.OtherApplicant.GetAsync($"/api/filing/alliances/{registered.Id}");
        using var reviewer = await platform.Secretariat.GetAsync($"/api/membership/alliances/{registered.Id}");

        Assert.Equal(HttpStatusCode.NotFound, membership.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, filing.StatusCode);
        Assert.DoesNotContain(registered.Name, await membership.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, reviewer.StatusCode);
    }

    [Fact]
    public async Task TheOwnerOfAnAlliance_ComesFromTheToken_NotFromTheBody()
    {
        var name = Alliances.UniqueName();
        using var response = await platform.Applicant.PostAsJsonAsync("/api/membership/alliances", new
        {
            name,
            industryField = "new_materials",
            registeredByOrganization = "91230200MA1F6G7H8U",
            id = Guid.Empty,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var registered = (await response.Content.ReadFromJsonAsync<Alliances.Registered>(Alliances.Json))!;

        Assert.NotEqual(Guid.Empty, registered.Id);
        Assert.Equal(PlatformFixture.HarbinApplicantOrganization, await platform.ScalarAsync<string>("membershipdb",
            "SELECT registered_by_organization FROM alliances WHERE id = @id", ("id", registered.Id)));
        using var asOther = await platform.OtherApplicant.GetAsync($"/api/membership/alliances/{registered.Id}");
        Assert.Equal(HttpStatusCode.NotFound, asOther.StatusCode);
    }
}
