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

    /// <summary>A moment as read in Heilongjiang (UTC+8), e.g. 2026年3月5日 14:30.</summary>
    public static string ChinaTime(this IStringLocalizer<Texts> texts, DateTimeOffset moment) =>
        moment.ToOffset(ProvinceTime.Offset).ToString(texts["DateTimeFormat"], CultureInfo.CurrentCulture);

    /// <summary>A notice's first and last day and its length in working days.</summary>
    public static string Period(this IStringLocalizer<Texts> texts, Notices.PublicNotice notice) =>
        string.Format(CultureInfo.CurrentCulture, texts["NoticePeriod"], texts.Date(notice.FirstDay), texts.Date(notice.LastDay), notice.WorkingDays);

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
