namespace AlliancePlatform.Filing.Domain;

/// <summary>The materials of a filing application (Art 12), checked by the platform's attachment rules (domain §7).</summary>
public static class FilingAttachments
{
    /// <summary>The article a refused material cites.</summary>
    public const string Article = "Art 12";
}
