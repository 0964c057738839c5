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
