namespace AlliancePlatform.Filing.Domain;

/// <summary>What opened a revocation case: the admin_division, or an event from another service.</summary>
public enum RevocationCaseSource
{
    /// <summary>Opened by the admin_division (综合管理处室) by hand.</summary>
    AdminDivision,
    /// <summary>Reporting: annual reports missing for two consecutive years (Art 13, 17-2).</summary>
    ReportingTwoYearsMissing,
    /// <summary>Evaluation: no self-assessment by the deadline counts as refusing assessment (Art 21, 17-2).</summary>
    EvaluationAssessmentRefused,
    /// <summary>Evaluation: graded D in two consecutive campaigns (Art 23, "整改撤销") [policy default].</summary>
    EvaluationRepeatedGradeD,
    /// <summary>Membership: the alliance has applied to dissolve (Art 17-4).</summary>
    MembershipDissolution,
}
