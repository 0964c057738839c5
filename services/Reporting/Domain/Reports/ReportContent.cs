namespace AlliancePlatform.Reporting.Domain;

/// <summary>
/// What an annual report says about the year (Art 13, domain.md §4): joint R&amp;D, innovation activities, achievement
/// transfer, IP, talent, members, shared instruments and finances. Counts are whole numbers, amounts are in yuan (元)
/// to the fen; none is negative.
/// </summary>
public sealed record ReportContent
{
    public static ReportContent Empty { get; } = new();

    /// <summary>联合开展的技术研发项目数.</summary>
    public int JointProjects { get; init; }
    /// <summary>联合研发项目经费（元）.</summary>
    public decimal JointProjectFunding { get; init; }
    /// <summary>组织召开的会议次数.</summary>
    public int Meetings { get; init; }
    /// <summary>交流合作活动次数.</summary>
    public int Exchanges { get; init; }
    /// <summary>培训次数.</summary>
    public int TrainingSessions { get; init; }
    /// <summary>成果转移转化项数.</summary>
    public int AchievementTransfers { get; init; }
    /// <summary>成果转移转化合同金额（元）.</summary>
    public decimal TransferContractValue { get; init; }
    /// <summary>牵头申请的专利数.</summary>
    public int PatentsLed { get; init; }
    /// <summary>参与申请的专利数.</summary>
    public int PatentsJoined { get; init; }
    /// <summary>牵头制定的标准数.</summary>
    public int StandardsLed { get; init; }
    /// <summary>参与制定的标准数.</summary>
    public int StandardsJoined { get; init; }
    /// <summary>联合培养人才人数.</summary>
    public int TalentTrained { get; init; }
    /// <summary>新加入的成员单位数.</summary>
    public int MembersJoined { get; init; }
    /// <summary>退出的成员单位数.</summary>
    public int MembersLeft { get; init; }
    /// <summary>开放共享的仪器设备台（套）数.</summary>
    public int SharedInstruments { get; init; }
    /// <summary>年度收入（元）.</summary>
    public decimal Income { get; init; }
    /// <summary>年度支出（元）.</summary>
    public decimal Expenditure { get; init; }

    /// <summary>Innovation activities of every kind: meetings, exchanges and training.</summary>
    public int Activities => Meetings + Exchanges + TrainingSessions;

    /// <summary>
    /// The year shows activity (Art 14): at least one joint project, one activity or one achievement transfer. A report
    /// without any is the mark of a stagnant (僵化) alliance.
    /// </summary>
    public bool ShowsActivity => JointProjects > 0 || Activities > 0 || AchievementTransfers > 0;

    /// <summary>
    /// The figures by the names published with an accepted report (<c>AnnualReportAccepted</c>, docs/events.md), which
    /// Evaluation's quantitative indicators name as their source. The names are a published contract: never renamed.
    /// </summary>
    public IReadOnlyDictionary<string, decimal> Figures() => new Dictionary<string, decimal>
    {
        ["jointProjects"] = JointProjects,
        ["jointProjectFunding"] = JointProjectFunding,
        ["meetings"] = Meetings,
        ["exchanges"] = Exchanges,
        ["trainingSessions"] = TrainingSessions,
        ["activities"] = Activities,
        ["achievementTransfers"] = AchievementTransfers,
        ["transferContractValue"] = TransferContractValue,
        ["patentsLed"] = PatentsLed,
        ["patentsJoined"] = PatentsJoined,
        ["standardsLed"] = StandardsLed,
        ["standardsJoined"] = StandardsJoined,
        ["talentTrained"] = TalentTrained,
        ["membersJoined"] = MembersJoined,
        ["membersLeft"] = MembersLeft,
        ["sharedInstruments"] = SharedInstruments,
        ["income"] = Income,
        ["expenditure"] = Expenditure,
    };
}
