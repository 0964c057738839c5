using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace AlliancePlatform.Portal.Features.Account;

internal static class AccountEndpoints
{
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";

    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(LoginPath, (string? returnUrl) =>
                Results.Challenge(new AuthenticationProperties { RedirectUri = LocalPaths.OrHome(returnUrl) }))
            .AllowAnonymous();
        // A form post with the antiforgery token: another site must not be able to sign people out.
        app.MapPost(LogoutPath, async (HttpContext http, [FromForm] string? returnUrl) =>
            {
                // Identity has no end-session endpoint yet: the portal's session ends here.
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return Results.LocalRedirect(LocalPaths.OrHome(returnUrl));
            })
            .AllowAnonymous();
    }
}
