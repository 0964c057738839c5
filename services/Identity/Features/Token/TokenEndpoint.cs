using System.Security.Claims;
using System.Text.Json;
using AlliancePlatform.Identity.Accounts;
using AlliancePlatform.Identity.Auth;
using AlliancePlatform.Identity.Persistence;
using AlliancePlatform.ServiceDefaults.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AlliancePlatform.Identity.Features.Token;

/// <summary>
/// Issues access tokens. OpenIddict has already authenticated the client and validated the request;
/// this decides what the token says about its holder.
/// </summary>
internal static class TokenEndpoint
{
    public static void MapTokenEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost(TokenServerSetup.TokenPath, HandleAsync).ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(
        HttpContext http, IOpenIddictApplicationManager applications, UserManager<PlatformUser> users, AccountsDbContext db, IAuditTrail audit)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request cannot be retrieved.");
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            return await ForPersonAsync(http, users);
        }
        if (!request.IsClientCredentialsGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "This grant type is not supported.");
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!, http.RequestAborted);
        if (application is null)
        {
            return Refuse(Errors.InvalidClient, "The client is not known.");
        }
        var properties = await applications.GetPropertiesAsync(application, http.RequestAborted);

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, request.ClientId);
        identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application, http.RequestAborted));
        identity.SetClaim(Claims.Role, Text(properties, ClientProperties.Role));
        identity.SetClaim(ClientProperties.Organization, Text(properties, ClientProperties.Organization));
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        audit.Record("client.token_issued", "client", request.ClientId);
        await db.SaveChangesAsync(http.RequestAborted);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>A code or refresh token is exchanged only while its person may still sign in; the claims are read afresh.</summary>
    private static async Task<IResult> ForPersonAsync(HttpContext http, UserManager<PlatformUser> users)
    {
        var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var user = granted.Principal?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return Refuse(Errors.InvalidGrant, "This account can no longer sign in.");
        }
        var identity = await AccountClaims.ForAsync(user, users, granted.Principal!.GetScopes());
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static string? Text(IReadOnlyDictionary<string, JsonElement> properties, string name) =>
        properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}

/// <summary>What a machine client's registration says about it, copied into its tokens.</summary>
internal static class ClientProperties
{
    public const string Role = "role";
    public const string Organization = "org";
}
