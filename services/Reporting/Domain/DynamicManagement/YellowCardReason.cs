namespace AlliancePlatform.Reporting.Domain;

/// <summary>Why an alliance was yellow-carded (Art 14); serialized in snake_case.</summary>
public enum YellowCardReason
{
    /// <summary>年度报告显示全年无联合研发项目、无创新活动、无成果转移转化.</summary>
    ReportWithoutActivity,
    /// <summary>逾期未提交年度报告.</summary>
    MissingReport,
}

/// <summary>The reasons in the users' terms.</summary>
public static class YellowCardReasonInfo
{
    public static string NameZh(this YellowCardReason reason) => reason switch
    {
        YellowCardReason.ReportWithoutActivity => "年度报告显示全年无联合研发项目、无创新活动、无成果转移转化",
        YellowCardReason.MissingReport => "逾期未提交年度报告",
        _ => reason.ToString(),
    };

    public static string NameEn(this YellowCardReason reason) => reason switch
    {
        YellowCardReason.ReportWithoutActivity => "the annual report shows no joint project, no activity and no achievement transfer in the year",
        YellowCardReason.MissingReport => "the annual report was not submitted by its deadline",
        _ => reason.ToString(),
    };
}
