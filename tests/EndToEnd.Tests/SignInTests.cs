using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using AlliancePlatform.Testing;
using static AlliancePlatform.EndToEnd.Tests.PortalSignIn;

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>A person signing in to the portal: authorization code + PKCE through the gateway, as a browser does it.</summary>
[Collection(PlatformCollection.Name)]
public class SignInTests(PlatformFixture platform)
{
    private Uri GatewayAddress => platform.Platform.EndpointOf(PlatformUnderTest.GatewayName);

    [Fact]
    public async Task AnApplicant_SignsInWithCodeAndPkce_AndGetsTokensSayingItsRoleAndUnit()
    {
        using var browser = Browser(GatewayAddress);
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));

        using var toLogin = await browser.GetAsync(AuthorizeUrl(Challenge(verifier), "openid profile roles offline_access", "s-42"));
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.Contains("/api/identity/account/login", toLogin.Headers.Location!.ToString());

        using var signedIn = await SignInAsync(browser, toLogin.Headers.Location!, "applicant-demo", PlatformFixture.DemoUserPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        using var withCode = await browser.GetAsync(signedIn.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        var callback = withCode.Headers.Location!;
        Assert.StartsWith(RedirectUri, callback.ToString());
        var query = System.Web.HttpUtility.ParseQueryString(callback.Query);
        Assert.Equal("s-42", query["state"]);

        using var tokens = await RedeemAsync(browser, query["code"]!, verifier);
        var answer = JsonDocument.Parse(await tokens.Content.ReadAsStringAsync()).RootElement;
        Assert.True(tokens.StatusCode == HttpStatusCode.OK, answer.ToString());
        var claims = Payload(answer.GetProperty("access_token").GetString()!);
        Assert.Equal("applicant", claims.GetProperty("role").GetString());
        Assert.Equal(PlatformFixture.HarbinApplicantOrganization, claims.GetProperty("org").GetString());
        Assert.False(string.IsNullOrEmpty(claims.GetProperty("sub").GetString()));
        Assert.True(answer.TryGetProperty("id_token", out _));

        using var refreshed = await browser.PostAsync("/api/identity/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = answer.GetProperty("refresh_token").GetString()!,
            ["client_id"] = "portal",
        }));
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    [Fact]
    public async Task ACodeWithTheWrongVerifier_IsRefused()
    {
        using var browser = Browser(GatewayAddress);
        using var toLogin = await browser.GetAsync(AuthorizeUrl(Challenge(new string('a', 43)), "openid", "s"));
        using var signedIn = await SignInAsync(browser, toLogin.Headers.Location!, "secretariat-demo", PlatformFixture.DemoUserPassword);
        using var withCode = await browser.GetAsync(signedIn.Headers.Location!.ToString());
        var code = System.Web.HttpUtility.ParseQueryString(withCode.Headers.Location!.Query)["code"]!;

        using var tokens = await RedeemAsync(browser, code, new string('b', 43));

        Assert.Equal(HttpStatusCode.BadRequest, tokens.StatusCode);
        Assert.Equal("invalid_grant", JsonDocument.Parse(await tokens.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_SoEvenTheRightOneIsRefused()
    {
        using var browser = Browser(GatewayAddress);
        var login = new Uri("/api/identity/account/login?returnUrl=%2F", UriKind.Relative);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await SignInAsync(browser, login, "expert-demo", "not-the-password-1!");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await SignInAsync(browser, login, "expert-demo", PlatformFixture.DemoUserPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("锁定", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheLoginPage_NeverSendsAPersonToAnotherSite()
    {
        using var browser = Browser(GatewayAddress);
        using var signedIn = await SignInAsync(browser, new Uri("/api/identity/account/login?returnUrl=https%3A%2F%2Fevil.example%2F", UriKind.Relative),
            "ops-demo", PlatformFixture.DemoUserPassword);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.ToString());
    }
}
