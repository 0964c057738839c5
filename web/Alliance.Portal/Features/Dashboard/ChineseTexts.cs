using System.Globalization;
using System.Resources;
using AlliancePlatform.Portal.Resources;

namespace AlliancePlatform.Portal.Features.Dashboard;

/// <summary>The portal's Chinese texts whatever the person's language: exported workbooks are always in Chinese.</summary>
public static class ChineseTexts
{
    private static readonly ResourceManager Resources = new(typeof(Texts).FullName!, typeof(Texts).Assembly);
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static string Get(string key) => Resources.GetString(key, Chinese) ?? key;

    /// <summary>The Chinese name of a code (<c>Field_new_materials</c>), or the code itself when it has none.</summary>
    public static string Named(string prefix, string code) => Resources.GetString($"{prefix}_{code}", Chinese) ?? code;
}
