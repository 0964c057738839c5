namespace AlliancePlatform.Membership.Domain;

/// <summary>The standard form of an alliance name, “黑龙江省***产业技术创新联盟” (Art 7-2).</summary>
public static class AllianceName
{
    public const string Prefix = "黑龙江省";
    public const string Suffix = "产业技术创新联盟";

    public static bool IsStandard(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (!trimmed.StartsWith(Prefix, StringComparison.Ordinal) || !trimmed.EndsWith(Suffix, StringComparison.Ordinal))
        {
            return false;
        }

        var middleLength = trimmed.Length - Prefix.Length - Suffix.Length;
        return middleLength > 0 && !string.IsNullOrWhiteSpace(trimmed.Substring(Prefix.Length, middleLength));
    }
}
