using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>Signs a person in the way the portal will: authorization code + PKCE through the gateway, as a browser.</summary>
public static partial class PortalSignIn
{
    public const string RedirectUri = "http://localhost:5090/signin-oidc";

    public static HttpClient Browser(Uri gateway) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = gateway };

    /// <returns>The token endpoint's answer (access, refresh and identity tokens).</returns>
    public static async Task<JsonElement> TokensAsync(Uri gateway, string userName, string password)
    {
        using var browser = Browser(gateway);
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        using var toLogin = await browser.GetAsync(AuthorizeUrl(Challenge(verifier), "openid profile roles offline_access", "s"));
        using var signedIn = await SignInAsync(browser, toLogin.Headers.Location!, userName, password);
        using var withCode = await browser.GetAsync(signedIn.Headers.Location!.ToString());
        var code = System.Web.HttpUtility.ParseQueryString(withCode.Headers.Location!.Query)["code"]
            ?? throw new InvalidOperationException($"No code for {userName}: {withCode.StatusCode} {withCode.Headers.Location}");
        using var tokens = await RedeemAsync(browser, code, verifier);
        var answer = JsonDocument.Parse(await tokens.Content.ReadAsStringAsync()).RootElement;
        return tokens.IsSuccessStatusCode ? answer : throw new InvalidOperationException($"No tokens for {userName}: {answer}");
    }

    public static async Task<HttpClient> ClientForAsync(Uri gateway, string userName, string password)
    {
        var tokens = await TokensAsync(gateway, userName, password);
        var client = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        return client;
    }

    public static string AuthorizeUrl(string challenge, string scope, string state) =>
        $"/api/identity/connect/authorize?client_id=portal&response_type=code&scope={Uri.EscapeDataString(scope)}"
        + $"&redirect_uri={Uri.EscapeDataString(RedirectUri)}&code_challenge={challenge}&code_challenge_method=S256&state={state}";

    public static string Challenge(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public static Task<HttpResponseMessage> RedeemAsync(HttpClient browser, string code, string verifier) =>
        browser.PostAsync("/api/identity/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["client_id"] = "portal",
            ["code_verifier"] = verifier,
        }));

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, Uri loginPage, string userName, string password)
    {
        var page = await browser.GetStringAsync(loginPage.IsAbsoluteUri ? loginPage.PathAndQuery : loginPage.ToString());
        var antiforgery = AntiforgeryField().Match(page);
        if (!antiforgery.Success)
        {
            throw new InvalidOperationException("The login page carries no antiforgery token.");
        }
        var returnUrl = WebUtility.HtmlDecode(ReturnUrlField().Match(page).Groups[1].Value);
        return await browser.PostAsync("/api/identity/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [antiforgery.Groups[1].Value] = WebUtility.HtmlDecode(antiforgery.Groups[2].Value),
            ["ReturnUrl"] = returnUrl,
            ["UserName"] = userName,
            ["Password"] = password,
        }));
    }

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static JsonElement Payload(string jwt) => Segment(jwt, 1);

    /// <summary>One part of a JWT, decoded: 0 the header, 1 the claims.</summary>
    public static JsonElement Segment(string jwt, int index)
    {
        var segment = jwt.Split('.')[index].Replace('-', '+').Replace('_', '/');
        segment = segment.PadRight(segment.Length + (4 - segment.Length % 4) % 4, '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(segment))).RootElement;
    }

    [GeneratedRegex("""<input type="hidden" name="([^"]*RequestVerificationToken[^"]*)" value="([^"]*)">""")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("""<input type="hidden" name="ReturnUrl" value="([^"]*)">""")]
    private static partial Regex ReturnUrlField();
}
