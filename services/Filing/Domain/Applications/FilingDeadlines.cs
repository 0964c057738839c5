using static AlliancePlatform.Filing.Domain.RuleChecks;

namespace AlliancePlatform.Filing.Domain;

/// <summary>
/// The working-day deadlines of the procedure, settings an administrator can change (domain.md §3 [policy default]):
/// each stage, the applicant's correction (Art 11-3) and the public notice, which is never below 5 working days (Art 11-7).
/// </summary>
public sealed record FilingDeadlines
{
    public const int DefaultStageWorkingDays = 10;
    public const int DefaultCorrectionWorkingDays = 15;
    public const int MinimumNoticeWorkingDays = 5;

    public FilingDeadlines(
        int stageWorkingDays = DefaultStageWorkingDays,
        int correctionWorkingDays = DefaultCorrectionWorkingDays,
        int noticeWorkingDays = MinimumNoticeWorkingDays)
    {
        Require(stageWorkingDays > 0, DeadlineRules.StageNotPositive);
        Require(correctionWorkingDays > 0, DeadlineRules.CorrectionNotPositive);
        Require(noticeWorkingDays >= MinimumNoticeWorkingDays, DeadlineRules.NoticeTooShort);

        StageWorkingDays = stageWorkingDays;
        CorrectionWorkingDays = correctionWorkingDays;
        NoticeWorkingDays = noticeWorkingDays;
    }

    public static FilingDeadlines Default { get; } = new();

    public int StageWorkingDays { get; }
    public int CorrectionWorkingDays { get; }
    public int NoticeWorkingDays { get; }
}
