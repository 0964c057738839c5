namespace AlliancePlatform.Filing.Domain;

/// <summary>Where a filing application stands (domain.md §3, Art 11); serialized in snake_case.</summary>
public enum FilingStatus
{
    /// <summary>草稿: the applicant prepares the materials (Art 11-1, 12).</summary>
    Draft,
    /// <summary>已提交: waits for the city or industry department's preliminary review (Art 11-2).</summary>
    Submitted,
    /// <summary>已退回: the recommender sent it back to the applicant.</summary>
    Returned,
    /// <summary>已推荐: recommended to the province; the secretariat reviews its form (Art 11-3).</summary>
    Recommended,
    /// <summary>待补正: the secretariat asked the applicant to correct the materials within a deadline (Art 11-3).</summary>
    CorrectionRequested,
    /// <summary>形式审查通过: the business division reviews necessity and capability (Art 11-4).</summary>
    FormalReviewPassed,
    /// <summary>业务审查通过: the admin division consults an expert panel (Art 11-5).</summary>
    BusinessReviewPassed,
    /// <summary>专家咨询完成: the admin division proposes a filing opinion to the department meeting (Art 11-6).</summary>
    ExpertConsulted,
    /// <summary>厅会议审议通过: passed through on the way to the public notice; kept in the history only (Art 11-6).</summary>
    Approved,
    /// <summary>公示中: the alliance is on the public notice list; objections may be filed (Art 11-7).</summary>
    PublicNotice,
    /// <summary>已备案: published by document (Art 11-8).</summary>
    Filed,
    /// <summary>未予备案: rejected at a review, by the department meeting, or by an upheld objection.</summary>
    Rejected,
    /// <summary>逾期失效: the correction deadline passed without a resubmission (Art 11-3).</summary>
    Lapsed,
    /// <summary>已撤回: the applicant withdrew the application.</summary>
    Withdrawn,
}

/// <summary>Names of the states in the user's terms, and which states are closed for good.</summary>
public static class FilingStatusInfo
{
    public static bool IsTerminal(this FilingStatus status) =>
        status is FilingStatus.Filed or FilingStatus.Rejected or FilingStatus.Lapsed or FilingStatus.Withdrawn;

    public static string NameZh(this FilingStatus status) => status switch
    {
        FilingStatus.Draft => "草稿",
        FilingStatus.Submitted => "已提交待推荐",
        FilingStatus.Returned => "已退回",
        FilingStatus.Recommended => "已推荐待形式审查",
        FilingStatus.CorrectionRequested => "待补正",
        FilingStatus.FormalReviewPassed => "形式审查通过",
        FilingStatus.BusinessReviewPassed => "业务审查通过",
        FilingStatus.ExpertConsulted => "专家咨询完成",
        FilingStatus.Approved => "厅会议审议通过",
        FilingStatus.PublicNotice => "公示中",
        FilingStatus.Filed => "已备案",
        FilingStatus.Rejected => "未予备案",
        FilingStatus.Lapsed => "逾期失效",
        FilingStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };

    public static string NameEn(this FilingStatus status) => status switch
    {
        FilingStatus.Draft => "a draft",
        FilingStatus.Submitted => "submitted for recommendation",
        FilingStatus.Returned => "returned to the applicant",
        FilingStatus.Recommended => "recommended and in formal review",
        FilingStatus.CorrectionRequested => "waiting for the applicant's correction",
        FilingStatus.FormalReviewPassed => "through formal review",
        FilingStatus.BusinessReviewPassed => "through business review",
        FilingStatus.ExpertConsulted => "through expert consultation",
        FilingStatus.Approved => "approved by the department meeting",
        FilingStatus.PublicNotice => "on public notice",
        FilingStatus.Filed => "filed",
        FilingStatus.Rejected => "rejected",
        FilingStatus.Lapsed => "lapsed",
        FilingStatus.Withdrawn => "withdrawn",
        _ => status.ToString(),
    };
}
