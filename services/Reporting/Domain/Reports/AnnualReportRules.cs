using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Reporting.Domain;

/// <summary>The rules an annual report is written, submitted and reviewed by (Art 13, 4-3).</summary>
public static class AnnualReportRules
{
    public const int SummaryMaxLength = 10_000;
    public const int FileNameMaxLength = 255;
    public const int MaxAttachments = 50;

    public static readonly RuleViolation SummaryRequired = new(
        "report.summary_required", "Art 13", "请填写年度工作总结，突出合作开展技术研发、创新活动、成果转移转化等情况。",
        "Write the summary of the year's work, highlighting joint R&D, innovation activities and achievement transfer.");

    public static readonly RuleViolation YearNotEnded = new(
        "report.year_not_ended", "Art 13", "报告年度尚未结束，次年1月1日起才能提交该年度的年度报告。",
        "The report year has not ended; its annual report can be submitted from 1 January of the following year.", RuleKind.Conflict);

    public static readonly RuleViolation YearNotStarted = new(
        "report.year_not_started", "Art 13", "报告年度尚未开始，不能起草该年度的年度报告。",
        "The report year has not begun; its annual report cannot be drafted yet.", RuleKind.Conflict);

    public static readonly RuleViolation AttachmentInvalid = new(
        "report.attachment_invalid", "Art 13", "附件须有文件名、文件类型、大于0的大小和64位十六进制的SHA-256摘要。",
        "An attachment needs a file name, a content type, a size above zero and a SHA-256 digest of 64 hex digits.");

    public static readonly RuleViolation AttachmentAlreadyAdded = new(
        "report.attachment_already_added", "Art 13", "该附件已在年度报告中。", "This attachment is already part of the report.", RuleKind.Conflict);

    public static readonly RuleViolation TooManyAttachments = new(
        "report.too_many_attachments", "Art 13", $"一份年度报告最多{MaxAttachments}个附件。", $"A report has at most {MaxAttachments} attachments.");

    public static readonly RuleViolation AttachmentNotFound = new(
        "report.attachment_not_found", "Art 13", "年度报告中没有该附件。", "The report has no such attachment.");

    /// <summary>The report is not in a state this step starts from.</summary>
    public static RuleViolation WrongState(AnnualReportState current, string article, IReadOnlyCollection<AnnualReportState> expected) => new(
        "report.wrong_state", article,
        $"年度报告当前为“{current.NameZh()}”状态，此操作只能在“{string.Join("”或“", expected.Select(s => s.NameZh()))}”状态下办理。",
        $"The report is {current.NameEn()}; this can only be done while it is {string.Join(" or ", expected.Select(s => s.NameEn()))}.",
        RuleKind.Conflict);

    /// <summary>The content breaks one or more rules; the message lists each.</summary>
    public static RuleViolation ContentInvalid(IReadOnlyList<RuleViolationDetail> problems) => new(
        "report.content_invalid", "Art 13",
        "年度报告数据有误：" + string.Concat(problems.Select(p => "\n· " + p.Message)),
        "The report's figures are wrong:" + string.Concat(problems.Select(p => "\n· " + p.MessageEn)))
    {
        Details = problems,
    };

    /// <summary>Each figure of <paramref name="content"/> that is wrong, with what is wrong with it; empty when all are right.</summary>
    public static IReadOnlyList<RuleViolationDetail> Problems(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var problems = new List<RuleViolationDetail>();

        void Count(int value, string zh, string en)
        {
            if (value < 0)
            {
                problems.Add(new RuleViolationDetail("report.count_negative", "Art 13", $"{zh}不能为负数。", $"The number of {en} cannot be negative."));
            }
        }

        void Amount(decimal value, string zh, string en)
        {
            if (!RuleChecks.IsAmount(value))
            {
                problems.Add(new RuleViolationDetail(
                    "report.amount_invalid", "Art 13", $"{zh}须为不小于0的金额（元），最多两位小数。", $"The {en} is an amount in yuan, not negative, with at most two decimals."));
            }
        }

        Count(content.JointProjects, "联合研发项目数", "joint R&D projects");
        Amount(content.JointProjectFunding, "联合研发项目经费", "joint R&D funding");
        Count(content.Meetings, "会议次数", "meetings");
        Count(content.Exchanges, "交流活动次数", "exchanges");
        Count(content.TrainingSessions, "培训次数", "training sessions");
        Count(content.AchievementTransfers, "成果转移转化项数", "achievement transfers");
        Amount(content.TransferContractValue, "成果转移转化合同金额", "transfer contract value");
        Count(content.PatentsLed, "牵头专利数", "patents led");
        Count(content.PatentsJoined, "参与专利数", "patents joined");
        Count(content.StandardsLed, "牵头标准数", "standards led");
        Count(content.StandardsJoined, "参与标准数", "standards joined");
        Count(content.TalentTrained, "联合培养人才人数", "people jointly trained");
        Count(content.MembersJoined, "新加入成员单位数", "members joined");
        Count(content.MembersLeft, "退出成员单位数", "members left");
        Count(content.SharedInstruments, "开放共享仪器设备数", "shared instruments");
        Amount(content.Income, "年度收入", "income");
        Amount(content.Expenditure, "年度支出", "expenditure");

        if (content.JointProjectFunding > 0 && content.JointProjects <= 0)
        {
            problems.Add(new RuleViolationDetail(
                "report.funding_without_projects", "Art 13", "填写了联合研发项目经费，但联合研发项目数为0。",
                "Joint R&D funding is given but the number of joint projects is 0."));
        }

        if (content.TransferContractValue > 0 && content.AchievementTransfers <= 0)
        {
            problems.Add(new RuleViolationDetail(
                "report.value_without_transfers", "Art 13", "填写了成果转移转化合同金额，但成果转移转化项数为0。",
                "A transfer contract value is given but the number of achievement transfers is 0."));
        }

        return problems;
    }
}
