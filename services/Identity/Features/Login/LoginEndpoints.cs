using AlliancePlatform.Identity.Accounts;
using AlliancePlatform.Identity.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AlliancePlatform.Identity.Features.Login;

public sealed record LoginForm(string? UserName, string? Password, string? ReturnUrl);

/// <summary>The sign-in page people reach from the portal; repeated failures lock the account (MLPS 2.0 level 3).</summary>
internal static class LoginEndpoints
{
    public const string Path = "/api/identity/account/login";

    public static void MapLoginEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
                LoginPage.Render(antiforgery.GetAndStoreTokens(http), returnUrl, message: null))
            .ExcludeFromDescription();
        app.MapPost(Path, SignInAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> SignInAsync(
        HttpContext http, [FromForm] LoginForm form, SignInManager<PlatformUser> signIn, IAntiforgery antiforgery,
        AccountsDbContext db, IAuditTrail audit)
    {
        var userName = form.UserName?.Trim() ?? "";
        var result = userName.Length == 0 || string.IsNullOrEmpty(form.Password)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(userName, form.Password, isPersistent: false, lockoutOnFailure: true);

        // Every attempt is on the trail (MLPS 2.0 level 3), under the account name that was tried.
        audit.Record("account.sign_in", "account", userName.Length > 200 ? userName[..200] : userName,
            result.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Denied,
            result.Succeeded ? null : result.IsLockedOut ? "locked_out" : "wrong_credentials");
        await db.SaveChangesAsync(http.RequestAborted);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(LocalOrHome(form.ReturnUrl));
        }
        var message = result.IsLockedOut ? LoginPage.LockedOut : LoginPage.WrongCredentials;
        return LoginPage.Render(antiforgery.GetAndStoreTokens(http), form.ReturnUrl, message, StatusCodes.Status401Unauthorized);
    }

    /// <summary>Only a path on this site: a login page must never forward a person to an address an attacker chose.</summary>
    private static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 1 } url && url[0] == '/' && url[1] is not '/' and not '\\' ? url : "/";
}
