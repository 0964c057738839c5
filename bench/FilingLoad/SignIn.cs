using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AlliancePlatform.Bench.FilingLoad;

/// <summary>
/// Signs a demo person in as the portal does (authorization code + PKCE through the gateway), for a bearer token.
/// A copy of the end-to-end tests' PortalSignIn, so that a benchmark does not depend on a test project.
/// </summary>
public static partial class SignIn
{
    private const string RedirectUri = "http://localhost:5090/signin-oidc";

    public static async Task<HttpClient> ClientForAsync(Uri gateway, string userName, string password)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = gateway,
        };
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        using var toLogin = await browser.GetAsync(
            $"/api/identity/connect/authorize?client_id=portal&response_type=code&scope={Uri.EscapeDataString("openid profile roles")}"
            + $"&redirect_uri={Uri.EscapeDataString(RedirectUri)}&code_challenge={challenge}&code_challenge_method=S256&state=bench");
        using var signedIn = await LogInAsync(browser, toLogin.Headers.Location!, userName, password);
        using var withCode = await browser.GetAsync(signedIn.Headers.Location!.ToString());
        var code = System.Web.HttpUtility.ParseQueryString(withCode.Headers.Location!.Query)["code"]
            ?? throw new InvalidOperationException($"No code for {userName}: {withCode.StatusCode} {withCode.Headers.Location}");
        using var tokens = await browser.PostAsync("/api/identity/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["client_id"] = "portal",
            ["code_verifier"] = verifier,
        }));
        var answer = JsonDocument.Parse(await tokens.Content.ReadAsStringAsync()).RootElement;
        if (!tokens.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"No tokens for {userName}: {answer}");
        }

        var client = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", answer.GetProperty("access_token").GetString());
        return client;
    }

    private static async Task<HttpResponseMessage> LogInAsync(HttpClient browser, Uri loginPage, string userName, string password)
    {
        var page = await browser.GetStringAsync(loginPage.IsAbsoluteUri ? loginPage.PathAndQuery : loginPage.ToString());
        var antiforgery = AntiforgeryField().Match(page);
        if (!antiforgery.Success)
        {
            throw new InvalidOperationException("The login page carries no antiforgery token.");
        }
        return await browser.PostAsync("/api/identity/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups[1].Value] = WebUtility.HtmlDecode(antiforgery.Groups[2].Value),
            ["ReturnUrl"] = WebUtility.HtmlDecode(ReturnUrlField().Match(page).Groups[1].Value),
            ["UserName"] = userName,
            ["Password"] = password,
        }));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("""<input type="hidden" name="([^"]*RequestVerificationToken[^"]*)" value="([^"]*)">""")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("""<input type="hidden" name="ReturnUrl" value="([^"]*)">""")]
    private static partial Regex ReturnUrlField();
}
