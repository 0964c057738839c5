using System.Globalization;
using AlliancePlatform.Portal.Resources;
using Microsoft.Extensions.Localization;

namespace AlliancePlatform.Portal.Features;

/// <summary>Dates and codes as people read them, in the current language.</summary>
public static class PortalText
{
    /// <summary>yyyy年M月d日 in Chinese; the English format in English (both from the texts).</summary>
    public static string Date(this IStringLocalizer<Texts> texts, DateOnly? date) =>
        date is { } day ? day.ToString(texts["DateFormat"], CultureInfo.CurrentCulture) : "—";

    /// <summary>The name of a code (<c>Field_new_materials</c>, <c>Status_active</c>), or the code itself when it has none.</summary>
    public static string Named(this IStringLocalizer<Texts> texts, string prefix, string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return "—";
        }
        var text = texts[$"{prefix}_{code}"];
        return text.ResourceNotFound ? code : text.Value;
    }
}
