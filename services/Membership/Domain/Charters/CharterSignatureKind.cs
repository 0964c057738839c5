namespace AlliancePlatform.Membership.Domain;

public enum CharterSignatureKind
{
    /// <summary>Signed while the version was under adoption.</summary>
    Adoption,
    /// <summary>Signed by a joining unit after the version became effective (入盟签署).</summary>
    Accession,
}
