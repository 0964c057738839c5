namespace AlliancePlatform.Reporting.Domain;

/// <summary>Where an annual report stands in its review (domain.md §4, Art 13); serialized in snake_case.</summary>
public enum AnnualReportState
{
    /// <summary>草稿: the alliance is writing it.</summary>
    Draft,
    /// <summary>已提交: waits for the secretariat.</summary>
    Submitted,
    /// <summary>已退回: the secretariat asked for changes; the alliance revises and submits again.</summary>
    Returned,
    /// <summary>已接收: the secretariat accepted it.</summary>
    Accepted,
}

/// <summary>Names of the report states in the users' terms.</summary>
public static class AnnualReportStateInfo
{
    public static string NameZh(this AnnualReportState state) => state switch
    {
        AnnualReportState.Draft => "草稿",
        AnnualReportState.Submitted => "已提交待审核",
        AnnualReportState.Returned => "已退回修改",
        AnnualReportState.Accepted => "已接收",
        _ => state.ToString(),
    };

    public static string NameEn(this AnnualReportState state) => state switch
    {
        AnnualReportState.Draft => "a draft",
        AnnualReportState.Submitted => "submitted and waiting for the secretariat",
        AnnualReportState.Returned => "returned for changes",
        AnnualReportState.Accepted => "accepted",
        _ => state.ToString(),
    };
}
