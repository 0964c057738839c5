namespace AlliancePlatform.Filing.Domain;

/// <summary>Where a filed alliance stands in the provincial register (domain §3).</summary>
public enum RegisterStatus
{
    Active,
    /// <summary>Shown with a yellow card for stagnation (亮黄牌, Art 14); still filed.</summary>
    YellowCarded,
    /// <summary>Filing revoked (取消备案, Art 17): no longer in the register.</summary>
    Revoked,
}
