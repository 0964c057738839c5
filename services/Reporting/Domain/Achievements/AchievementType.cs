namespace AlliancePlatform.Reporting.Domain;

/// <summary>The kinds of achievement an alliance registers (成果汇交, Art 4-3); serialized in snake_case.</summary>
public enum AchievementType
{
    /// <summary>专利.</summary>
    Patent,
    /// <summary>标准.</summary>
    Standard,
    /// <summary>产品.</summary>
    Product,
    /// <summary>技术.</summary>
    Technology,
    /// <summary>成果转移转化合同: its contract value is required.</summary>
    TransferContract,
}

/// <summary>Names of the achievement types in the users' terms.</summary>
public static class AchievementTypeInfo
{
    public static string NameZh(this AchievementType type) => type switch
    {
        AchievementType.Patent => "专利",
        AchievementType.Standard => "标准",
        AchievementType.Product => "产品",
        AchievementType.Technology => "技术",
        AchievementType.TransferContract => "成果转移转化合同",
        _ => type.ToString(),
    };

    public static string NameEn(this AchievementType type) => type switch
    {
        AchievementType.Patent => "patent",
        AchievementType.Standard => "standard",
        AchievementType.Product => "product",
        AchievementType.Technology => "technology",
        AchievementType.TransferContract => "transfer contract",
        _ => type.ToString(),
    };
}
