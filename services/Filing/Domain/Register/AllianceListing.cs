namespace AlliancePlatform.Filing.Domain;

/// <summary>
/// How the register shows a filed alliance (Art 11-8): its current name, industry field, region and chair unit, as
/// Membership last reported them. Kept on the register entry itself so that a search reads one table.
/// </summary>
public sealed record AllianceListing(string Name, string IndustryField, string Region, string? ChairUnit);
