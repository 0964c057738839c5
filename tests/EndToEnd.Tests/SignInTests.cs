using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AlliancePlatform.Testing;

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>A person signing in to the portal: authorization code + PKCE through the gateway, as a browser does it.</summary>
[Collection(PlatformCollection.Name)]
public partial class SignInTests(PlatformFixture platform)
{
    private const string RedirectUri = "http://localhost:5090/signin-oidc";

    [Fact]
    public async Task AnApplicant_SignsInWithCodeAndPkce_AndGetsTokensSayingItsRoleAndUnit()
    {
        using var browser = Browser();
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = "/api/identity/connect/authorize?client_id=portal&response_type=code&scope=openid%20profile%20roles%20offline_access"
            + $"&redirect_uri={Uri.EscapeDataString(RedirectUri)}&code_challenge={challenge}&code_challenge_method=S256&state=s-42";

        using var toLogin = await browser.GetAsync(authorize);
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

        using var tokens = await browser.PostAsync("/api/identity/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = query["code"]!,
            ["redirect_uri"] = RedirectUri,
            ["client_id"] = "portal",
            ["code_verifier"] = verifier,
        }));
        var answer = JsonDocument.Parse(await tokens.Content.ReadAsStringAsync()).RootElement;
        Assert.True(tokens.StatusCode == HttpStatusCode.OK, answer.ToString());
        var claims = Payload(answer.GetProperty("access_token").GetString()!);
        Assert.Equal("applicant", claims.GetProperty("role").GetString());
        Assert.Equal("91230100MA1B2C3D4E", claims.GetProperty("org").GetString());
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
        using var browser = Browser();
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(new string('a', 43))));
        using var toLogin = await browser.GetAsync("/api/identity/connect/authorize?client_id=portal&response_type=code&scope=openid"
            + $"&redirect_uri={Uri.EscapeDataString(RedirectUri)}&code_challenge={challenge}&code_challenge_method=S256");
        using var signedIn = await SignInAsync(browser, toLogin.Headers.Location!, "secretariat-demo", PlatformFixture.DemoUserPassword);
        using var withCode = await browser.GetAsync(signedIn.Headers.Location!.ToString());
        var code = System.Web.HttpUtility.ParseQueryString(withCode.Headers.Location!.Query)["code"]!;

        using var tokens = await browser.PostAsync("/api/identity/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = RedirectUri,
            ["client_id"] = "portal", ["code_verifier"] = new string('b', 43),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, tokens.StatusCode);
        Assert.Equal("invalid_grant", JsonDocument.Parse(await tokens.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_SoEvenTheRightOneIsRefused()
    {
        using var browser = Browser();
        const string login = "/api/identity/account/login?returnUrl=%2F";
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await SignInAsync(browser, new Uri(login, UriKind.Relative), "expert-demo", "not-the-password-1!");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await SignInAsync(browser, new Uri(login, UriKind.Relative), "expert-demo", PlatformFixture.DemoUserPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("锁定", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheLoginPage_NeverSendsAPersonToAnotherSite()
    {
        using var browser = Browser();
        using var signedIn = await SignInAsync(browser, new Uri("/api/identity/account/login?returnUrl=https%3A%2F%2Fevil.example%2F", UriKind.Relative),
            "ops-demo", PlatformFixture.DemoUserPassword);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.ToString());
    }

    private HttpClient Browser() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = platform.Platform.EndpointOf(PlatformUnderTest.GatewayName),
    };

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, Uri loginPage, string userName, string password)
    {
        var page = await browser.GetStringAsync(loginPage.IsAbsoluteUri ? loginPage.PathAndQuery : loginPage.ToString());
        var antiforgery = AntiforgeryField().Match(page);
        Assert.True(antiforgery.Success, "the login page carries an antiforgery token");
        var returnUrl = System.Net.WebUtility.HtmlDecode(ReturnUrlField().Match(page).Groups[1].Value);
        return await browser.PostAsync("/api/identity/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups[1].Value] = System.Net.WebUtility.HtmlDecode(antiforgery.Groups[2].Value),
            ["ReturnUrl"] = returnUrl,
            ["UserName"] = userName,
            ["Password"] = password,
        }));
    }

    [GeneratedRegex("""<input type="hidden" name="([^"]*RequestVerificationToken[^"]*)" value="([^"]*)">""")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("""<input type="hidden" name="ReturnUrl" value="([^"]*)">""")]
    private static partial Regex ReturnUrlField();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static JsonElement Payload(string jwt)
    {
        var segment = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        segment = segment.PadRight(segment.Length + (4 - segment.Length % 4) % 4, '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(segment))).RootElement;
    }
}
