namespace AlliancePlatform.Filing.Domain;

/// <summary>The grounds on which a provincial filing is revoked: the five items of Art 17 (domain §3).</summary>
public enum RevocationCause
{
    /// <summary>Art 17-1: 违反国家和地方法律法规.</summary>
    LawViolation,
    /// <summary>Art 17-2: 拒不参加年度考核或连续2年不履行年度报告提交义务.</summary>
    RefusedAssessmentOrTwoYearsNoReport,
    /// <summary>Art 17-3: 不能按照联盟章程（协议）开展技术创新和成果转移转化活动.</summary>
    NotOperatingPerCharter,
    /// <summary>Art 17-4: 申请提出解散.</summary>
    DissolutionRequested,
    /// <summary>Art 17-5: 其他需要取消的情况.</summary>
    Other,
}
