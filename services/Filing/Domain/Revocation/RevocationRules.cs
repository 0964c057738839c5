using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Domain;

/// <summary>The rules revocation cases (取消备案, Art 17) follow, each with its article.</summary>
public static class RevocationRules
{
    public const string Article = "Art 17";
    /// <summary>The shortest grounds the admin_division may give under Art 17-5 (其他需要取消的情况).</summary>
    public const int OtherGroundsMinLength = 10;
    public const int GroundsMaxLength = 4000;
    public const int ReasonMaxLength = 4000;
    public const int SourceReferenceMaxLength = 200;
    /// <summary>Who <see cref="RevocationCase.OpenedBy"/> names for a case opened by an event.</summary>
    public const string SystemActor = "system";

    public static readonly RuleViolation GroundsRequired = new(
        "revocation.grounds_required", Article, "提请取消备案须写明事实和依据。",
        "Opening a revocation case needs the facts and grounds written down.");

    public static readonly RuleViolation OtherGroundsTooShort = new(
        "revocation.other_grounds_too_short", "Art 17-5",
        $"以“其他需要取消的情况”提请取消备案的，须具体写明理由（不少于{OtherGroundsMinLength}个字）。",
        $"A case under “other circumstances” (Art 17-5) needs specific grounds of at least {OtherGroundsMinLength} characters.");

    public static readonly RuleViolation GroundsTooLong = new(
        "revocation.grounds_too_long", Article, $"事实和依据不能超过{GroundsMaxLength}个字。",
        $"The grounds have at most {GroundsMaxLength} characters.");

    public static readonly RuleViolation ReasonRequired = new(
        "revocation.reason_required", Article, "作出决定须写明理由。", "A decision needs its reason written down.");

    public static readonly RuleViolation ReasonTooLong = new(
        "revocation.reason_too_long", Article, $"决定理由不能超过{ReasonMaxLength}个字。",
        $"The reason for a decision has at most {ReasonMaxLength} characters.");

    public static readonly RuleViolation AlreadyDecided = new(
        "revocation.already_decided", Article, "该取消备案案件已作出决定。", "This revocation case has already been decided.", RuleKind.Conflict);

    public static readonly RuleViolation NotListed = new(
        "revocation.not_listed", Article, "该联盟已不在省级备案名单中，无需提请取消备案。",
        "The alliance is no longer in the provincial register; there is nothing to revoke.", RuleKind.Conflict);

    /// <summary>
    /// For the service layer when the database refuses a second open case for an alliance (one open case per alliance
    /// at a time).
    /// </summary>
    public static readonly RuleViolation CaseAlreadyOpen = new(
        "revocation.case_already_open", Article, "该联盟已有未决的取消备案案件。",
        "The alliance already has an open revocation case.", RuleKind.Conflict);

    /// <summary>The Art 17 item a case opened automatically from <paramref name="source"/> falls under.</summary>
    public static RevocationCause CauseFor(RevocationCaseSource source) => source switch
    {
        RevocationCaseSource.ReportingTwoYearsMissing => RevocationCause.RefusedAssessmentOrTwoYearsNoReport,
        RevocationCaseSource.EvaluationAssessmentRefused => RevocationCause.RefusedAssessmentOrTwoYearsNoReport,
        // A repeated D grade is Art 23's path to revocation ("整改撤销"), which Art 17 lists under none of items 1-4.
        RevocationCaseSource.EvaluationRepeatedGradeD => RevocationCause.Other,
        RevocationCaseSource.MembershipDissolution => RevocationCause.DissolutionRequested,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Only cases opened by an event have a cause fixed by their source."),
    };

    /// <summary>The item of Art 17 a cause is, e.g. "Art 17-2".</summary>
    public static string ArticleOf(RevocationCause cause) => cause switch
    {
        RevocationCause.LawViolation => "Art 17-1",
        RevocationCause.RefusedAssessmentOrTwoYearsNoReport => "Art 17-2",
        RevocationCause.NotOperatingPerCharter => "Art 17-3",
        RevocationCause.DissolutionRequested => "Art 17-4",
        RevocationCause.Other => "Art 17-5",
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, null),
    };

    /// <summary>The grounds written for a case opened by an event, in Chinese with English beside it.</summary>
    public static string GeneratedGrounds(RevocationCaseSource source, string sourceReference) => source switch
    {
        RevocationCaseSource.ReportingTwoYearsMissing =>
            $"联盟连续2年未履行年度报告提交义务（第十三条、第十七条第（二）项）。依据：{sourceReference}。"
            + $" / The alliance has not submitted its annual report for two consecutive years (Art 13, Art 17-2). Reference: {sourceReference}.",
        RevocationCaseSource.EvaluationAssessmentRefused =>
            $"联盟未在期限内提交活跃度评价自评材料，视为拒不参加考核（第二十一条、第十七条第（二）项）。依据：{sourceReference}。"
            + $" / The alliance submitted no self-assessment by the deadline, which counts as refusing assessment (Art 21, Art 17-2). Reference: {sourceReference}.",
        RevocationCaseSource.EvaluationRepeatedGradeD =>
            $"联盟连续两次活跃度评价为D级（工作停滞或存在严重问题，整改撤销，第二十三条），依第十七条第（五）项提请取消备案。依据：{sourceReference}。"
            + $" / The alliance was graded D (stagnant or serious problems: rectify or revoke, Art 23) in two consecutive evaluations; revocation is proposed under Art 17-5. Reference: {sourceReference}.",
        RevocationCaseSource.MembershipDissolution =>
            $"联盟申请提出解散（第十七条第（四）项）。依据：{sourceReference}。"
            + $" / The alliance has applied to dissolve (Art 17-4). Reference: {sourceReference}.",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Cases opened by the admin_division carry their own grounds."),
    };
}
