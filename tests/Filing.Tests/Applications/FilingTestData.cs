using AlliancePlatform.Filing.Domain;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Tests.Applications;

/// <summary>Actors, times and inputs to build filing tests from.</summary>
internal static class FilingTestData
{
    /// <summary>Monday 2 March 2026, 10:00 in Harbin: every step of the builder happens then unless a test moves time.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateOnly Today = new(2026, 3, 2);

    public const string ApplicantUnit = "91230100MA1B2C3D49";
    public const string MemberUnit = "91230100MA0000001X";
    public const string Region = "230100";
    public static readonly Guid AllianceId = Guid.Parse("0196a000-0000-7000-8000-000000000001");

    public static readonly Actor Applicant = new("applicant-1", PlatformRoles.Applicant, ApplicantUnit);
    public static readonly Actor Recommender = new("recommender-1", PlatformRoles.Recommender, "11230100MB0000000A");
    public static readonly Actor Secretariat = new("secretariat-1", PlatformRoles.Secretariat, "12230000MB0000000B");
    public static readonly Actor BusinessDivision = new("business-1", PlatformRoles.BusinessDivision, "11230000MB0000000C");
    public static readonly Actor AdminDivision = new("admin-1", PlatformRoles.AdminDivision, "11230000MB0000000C");

    public static readonly ExpertCandidate ManagementExpert =
        new(Guid.Parse("0196a000-0000-7000-8000-0000000000e1"), "expert-stm", "张管理", ExpertKind.ScienceTechnologyManagement, "12230000MB000000E1");
    public static readonly ExpertCandidate IndustryExpert =
        new(Guid.Parse("0196a000-0000-7000-8000-0000000000e2"), "expert-ind", "李工程", ExpertKind.Industry, "91230100MA000000E2");

    public static readonly IReadOnlySet<string> MemberUnits = new HashSet<string> { ApplicantUnit, MemberUnit };

    public static readonly EligibilitySnapshot Eligible = new(true, [], Now.AddDays(-1));

    public static readonly IReadOnlyList<FilingStatus> RestingStates = [.. Enum.GetValues<FilingStatus>().Where(s => s != FilingStatus.Approved)];

    public static Actor ExpertActor(ExpertCandidate expert) => new(expert.Subject, PlatformRoles.Expert, expert.UnitCreditCode);

    public static AttachmentInfo Attachment(AttachmentKind kind, string fileName = "申请书.pdf") =>
        new(Guid.CreateVersion7(), kind, fileName, "application/pdf", 120_000, new string('a', 64), Now, Applicant.Subject);

    public static DepartmentMeetingDecision Approval(DateOnly? meetingOn = null) =>
        new(meetingOn ?? Today, "2026年第5次厅务会", true, "同意备案");

    public static FilingNumbers Numbers { get; } = new("HLJ-LM-2026-012", "黑科发〔2026〕12号", new DateOnly(2026, 3, 12));

    /// <summary>All resting states but those given, as theory data.</summary>
    public static TheoryData<FilingStatus> StatesExcept(params FilingStatus[] allowed) =>
        [.. RestingStates.Where(s => !allowed.Contains(s))];

    public static RuleViolation AssertRejected(Action act, string code, RuleKind kind = RuleKind.Unprocessable)
    {
        var broken = Assert.Throws<RuleViolationException>(act);
        Assert.Equal(code, broken.Violation.Code);
        Assert.Equal(kind, broken.Violation.Kind);
        Assert.False(string.IsNullOrWhiteSpace(broken.Violation.Message));
        Assert.False(string.IsNullOrWhiteSpace(broken.Violation.MessageEn));
        Assert.StartsWith("Art ", broken.Violation.Article, StringComparison.Ordinal);
        return broken.Violation;
    }

    /// <summary>The step is refused because of the state <paramref name="current"/>: closed for good, or the wrong state.</summary>
    public static RuleViolation AssertWrongState(Action act, FilingStatus current)
    {
        var violation = AssertRejected(act, current.IsTerminal() ? "filing.not_open" : "filing.wrong_state", RuleKind.Conflict);
        Assert.Contains(current.NameZh(), violation.Message, StringComparison.Ordinal);
        Assert.Contains(current.NameEn(), violation.MessageEn, StringComparison.Ordinal);
        return violation;
    }

    public static void AssertWrongRole(Action act) => AssertRejected(act, "filing.wrong_role", RuleKind.Conflict);
}
