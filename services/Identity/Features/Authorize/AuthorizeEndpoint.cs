using System.Security.Claims;
using AlliancePlatform.Identity.Accounts;
using AlliancePlatform.Identity.Auth;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;

namespace AlliancePlatform.Identity.Features.Authorize;

/// <summary>
/// The authorization endpoint of the code + PKCE flow: a person who has not signed in is sent to the
/// login page and back; a signed-in person gets an authorization code for the portal.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static void MapAuthorizeEndpoint(this IEndpointRouteBuilder app) =>
        app.MapMethods(TokenServerSetup.AuthorizePath, [HttpMethods.Get, HttpMethods.Post], HandleAsync).ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(HttpContext http, UserManager<PlatformUser> users)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request cannot be retrieved.");
        var signedIn = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = signedIn.Succeeded ? await users.GetUserAsync(signedIn.Principal!) : null;
        if (user is null || await users.IsLockedOutAsync(user))
        {
            var query = http.Request.HasFormContentType ? QueryString.Create(http.Request.Form) : http.Request.QueryString;
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + query },
                [IdentityConstants.ApplicationScheme]);
        }

        var identity = await AccountClaims.ForAsync(user, users, request.GetScopes());
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
