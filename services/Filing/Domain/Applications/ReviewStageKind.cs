namespace AlliancePlatform.Filing.Domain;

/// <summary>The stages of Art 11, each with an assignee and a due date; serialized in snake_case.</summary>
public enum ReviewStageKind
{
    /// <summary>初审推荐 by the city or industry department (Art 11-2).</summary>
    Recommendation,
    /// <summary>形式审查 by the secretariat (Art 11-3).</summary>
    FormalReview,
    /// <summary>补正: the applicant corrects the materials (Art 11-3).</summary>
    Correction,
    /// <summary>业务审查 by the business division (Art 11-4).</summary>
    BusinessReview,
    /// <summary>专家咨询 organised by the admin division (Art 11-5).</summary>
    ExpertConsultation,
    /// <summary>备案意见与厅会议审议 (Art 11-6).</summary>
    FilingDecision,
    /// <summary>公示 (Art 11-7).</summary>
    PublicNotice,
}
