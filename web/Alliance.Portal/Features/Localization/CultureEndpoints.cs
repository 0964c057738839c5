using Microsoft.AspNetCore.Localization;

namespace AlliancePlatform.Portal.Features.Localization;

/// <summary>Switches the language: a cookie read on every request, the circuit's included.</summary>
internal static class CultureEndpoints
{
    public const string Path = "/culture";

    public static void MapCultureEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, (HttpContext http, string? culture, string? returnUrl) =>
        {
            var chosen = culture == PortalCultures.English ? PortalCultures.English : PortalCultures.Chinese;
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return Results.LocalRedirect(LocalPaths.OrHome(returnUrl));
        }).AllowAnonymous();
}
