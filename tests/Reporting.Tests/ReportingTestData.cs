using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Reporting.Tests;

/// <summary>Actors, times and inputs to build reporting tests from.</summary>
internal static class ReportingTestData
{
    public static readonly Guid AllianceId = Guid.Parse("0196a000-0000-7000-8000-000000000001");

    public static readonly Actor Applicant = new("applicant-1", PlatformRoles.Applicant, "91230100MA1B2C3D49");
    public static readonly Actor Secretariat = new("secretariat-1", PlatformRoles.Secretariat, "12230000MB0000000B");
    public static readonly Actor AdminDivision = new("admin-1", PlatformRoles.AdminDivision, "11230000MB0000000C");

    /// <summary>The obligation for the 2026 report, due Sunday 31 January 2027.</summary>
    public static readonly ReportingObligation Year2026 = ReportingObligation.For(AllianceId, 2026, ReportingDeadline.Default);

    /// <summary>The obligation for the 2027 report, due Monday 31 January 2028 (2028 is a leap year).</summary>
    public static readonly ReportingObligation Year2027 = ReportingObligation.For(AllianceId, 2027, ReportingDeadline.Default);

    public static readonly ReportContent Inactive = ReportContent.Empty with { TalentTrained = 3, Income = 50_000m, Expenditure = 42_000.5m };

    public static readonly ReportContent Active = new()
    {
        JointProjects = 2,
        JointProjectFunding = 1_200_000m,
        Meetings = 3,
        Exchanges = 1,
        TrainingSessions = 2,
        AchievementTransfers = 1,
        TransferContractValue = 350_000m,
        PatentsLed = 4,
        StandardsJoined = 1,
        TalentTrained = 12,
        MembersJoined = 2,
        MembersLeft = 1,
        SharedInstruments = 15,
        Income = 800_000m,
        Expenditure = 760_000m,
    };

    /// <summary>A time in Harbin (UTC+8).</summary>
    public static DateTimeOffset China(int year, int month, int day, int hour = 10, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, ChinaTime.Offset);

    public static ReportAttachment Attachment(string fileName = "2026年度工作报告.pdf") =>
        new(Guid.CreateVersion7(), fileName, "application/pdf", 240_000, new string('b', 64), China(2027, 1, 10), Applicant.Subject);

    /// <summary>A report on <paramref name="obligation"/> with a summary and <paramref name="content"/>, still a draft.</summary>
    public static AnnualReport Draft(ReportingObligation obligation, ReportContent? content = null)
    {
        var report = AnnualReport.Start(Applicant, obligation, China(obligation.Year, 12, 1));
        report.Revise(Applicant, content ?? Active, "本年度联盟围绕产业共性技术开展联合攻关。", China(obligation.Year, 12, 2));
        return report;
    }

    public static AnnualReport Submitted(ReportingObligation obligation, DateTimeOffset at, ReportContent? content = null)
    {
        var report = Draft(obligation, content);
        report.Submit(Applicant, at);
        return report;
    }

    public static AnnualReport Accepted(ReportingObligation obligation, ReportContent content, DateTimeOffset? at = null)
    {
        var submittedAt = at ?? China(obligation.Year + 1, 1, 15);
        var report = Submitted(obligation, submittedAt, content);
        report.Accept(Secretariat, null, submittedAt.AddDays(5));
        return report;
    }

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
}

/// <summary>A working-day counter for tests: Monday to Friday, minus the holidays marked on it, plus make-up working days.</summary>
internal sealed class FakeWorkingDays : IWorkingDayCounter
{
    private readonly HashSet<DateOnly> _holidays = [];
    private readonly HashSet<DateOnly> _makeUpDays = [];

    public FakeWorkingDays WithHolidays(params DateOnly[] holidays)
    {
        _holidays.UnionWith(holidays);
        return this;
    }

    public FakeWorkingDays WithMakeUpDays(params DateOnly[] days)
    {
        _makeUpDays.UnionWith(days);
        return this;
    }

    public bool IsWorkingDay(DateOnly day) =>
        _makeUpDays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }
        return count;
    }

    /// <summary>The fake knows every year's holidays.</summary>
    public IReadOnlyList<int> YearsWithoutSchedule(DateOnly from, DateOnly to) => [];
}
