namespace AlliancePlatform.Filing.Domain;

public enum RevocationCaseStatus
{
    /// <summary>Waiting for the admin_division's decision.</summary>
    Open,
    /// <summary>Decided: the filing is revoked (Art 17).</summary>
    Revoked,
    /// <summary>Decided: the filing stands.</summary>
    Dismissed,
}
