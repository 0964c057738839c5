namespace AlliancePlatform.Portal.Features;

/// <summary>Heilongjiang's prefecture-level regions (GB/T 2260), by code, in Chinese and English.</summary>
public static class Regions
{
    private static readonly Dictionary<string, (string Chinese, string English)> Names = new(StringComparer.Ordinal)
    {
        ["230100"] = ("哈尔滨市", "Harbin"),
        ["230200"] = ("齐齐哈尔市", "Qiqihar"),
        ["230300"] = ("鸡西市", "Jixi"),
        ["230400"] = ("鹤岗市", "Hegang"),
        ["230500"] = ("双鸭山市", "Shuangyashan"),
        ["230600"] = ("大庆市", "Daqing"),
        ["230700"] = ("伊春市", "Yichun"),
        ["230800"] = ("佳木斯市", "Jiamusi"),
        ["230900"] = ("七台河市", "Qitaihe"),
        ["231000"] = ("牡丹江市", "Mudanjiang"),
        ["231100"] = ("黑河市", "Heihe"),
        ["231200"] = ("绥化市", "Suihua"),
        ["232700"] = ("大兴安岭地区", "Da Hinggan Ling"),
    };

    /// <summary>The prefecture codes in code order.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Names.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The prefecture a county-level code lies in (its first four digits and 00, e.g. 230183 → 230100); other text as given.</summary>
    public static string PrefectureOf(string? code) =>
        code?.Trim() is { Length: 6 } six && six.All(char.IsAsciiDigit) ? string.Concat(six.AsSpan(0, 4), "00") : code?.Trim() ?? "";

    /// <summary>The name of a region code (a county-level code is named by its prefecture); an unknown code is shown as itself.</summary>
    public static string Name(string? code, bool english)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "—";
        }
        return Names.TryGetValue(PrefectureOf(code), out var name) ? (english ? name.English : name.Chinese) : code.Trim();
    }

    /// <summary>The name in the person's language.</summary>
    public static string Name(string? code) => Name(code, Localization.PortalCultures.IsEnglish);
}
