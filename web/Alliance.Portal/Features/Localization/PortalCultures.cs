using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace AlliancePlatform.Portal.Features.Localization;

/// <summary>Chinese first; English for whoever switches to it (kept in the culture cookie).</summary>
public static class PortalCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static RequestLocalizationOptions Options()
    {
        string[] cultures = [Chinese, English];
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(Chinese)
            .AddSupportedCultures(cultures)
            .AddSupportedUICultures(cultures);
        // Only the person's own choice counts, not the browser's Accept-Language: the portal is Chinese unless switched.
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        return options;
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
