using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AlliancePlatform.Identity.Accounts;

/// <summary>What a person's tokens say: who (sub), which role, which unit (org), and a recommender's region or industry.</summary>
internal static class AccountClaims
{
    public const string Organization = "org";
    public const string Region = "region";
    public const string Industry = "industry";

    public static async Task<ClaimsIdentity> ForAsync(PlatformUser user, UserManager<PlatformUser> users, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id)
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaim(Claims.PreferredUsername, user.UserName)
            .SetClaim(Claims.Role, (await users.GetRolesAsync(user)).FirstOrDefault())
            .SetClaim(Organization, user.Organization)
            .SetClaim(Region, user.Region)
            .SetClaim(Industry, user.Industry);
        identity.SetScopes(scopes);
        identity.SetDestinations(claim => claim.Type is Claims.Name or Claims.Role or Claims.PreferredUsername
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return identity;
    }
}
