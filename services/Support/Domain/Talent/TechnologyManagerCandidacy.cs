namespace AlliancePlatform.Support.Domain;

/// <summary>Where a technology-manager training candidacy (Art 26) stands, as the talent list shows it.</summary>
public enum CandidacyStatus
{
    /// <summary>Granted and not ended: the unit is a candidate now.</summary>
    Current,
    /// <summary>Waits for the admin division (only when the rules make the candidacy need a decision).</summary>
    Pending,
    /// <summary>The admin division declined it.</summary>
    Declined,
    /// <summary>Withdrawn before the next grade: revocation, the unit left, or it lost the role.</summary>
    Withdrawn,
    /// <summary>Ended by the alliance's next published grade.</summary>
    Superseded,
}

/// <summary>
/// The talent list (Art 26): the units an A alliance's grade made candidates for the technology-manager training and other
/// achievement-transfer talent programmes, with where each candidacy stands and, once ended, why.
/// </summary>
public static class TechnologyManagerCandidacy
{
    public const string Article = "Art 26";

    public static EntitlementKind Kind => EntitlementKind.TechnologyManagerTraining;

    public static CandidacyStatus StatusOf(Entitlement entitlement)
    {
        ArgumentNullException.ThrowIfNull(entitlement);
        return entitlement.Status switch
        {
            EntitlementStatus.Pending => CandidacyStatus.Pending,
            EntitlementStatus.Declined => CandidacyStatus.Declined,
            EntitlementStatus.Withdrawn => CandidacyStatus.Withdrawn,
            EntitlementStatus.Superseded => CandidacyStatus.Superseded,
            _ => CandidacyStatus.Current,
        };
    }

    public static string NameZh(this CandidacyStatus status) => status switch
    {
        CandidacyStatus.Pending => "待决定",
        CandidacyStatus.Declined => "未给予",
        CandidacyStatus.Withdrawn => "已撤回",
        CandidacyStatus.Superseded => "已被新的评价结果替代",
        _ => "有效",
    };

    /// <summary>Why a candidacy ended, in Chinese; empty while it lasts.</summary>
    public static string EndReasonZh(Entitlement entitlement)
    {
        ArgumentNullException.ThrowIfNull(entitlement);
        return entitlement.Status switch
        {
            EntitlementStatus.Withdrawn => entitlement.WithdrawalReason switch
            {
                WithdrawalReason.Revoked => "联盟被撤销备案",
                WithdrawalReason.UnitLeft => "单位退出联盟",
                WithdrawalReason.RoleChanged => "单位不再担任理事长或秘书长单位",
                _ => "",
            },
            EntitlementStatus.Superseded => "联盟新的评价结果已发布",
            EntitlementStatus.Declined => entitlement.DecisionReason ?? "",
            _ => "",
        };
    }
}
