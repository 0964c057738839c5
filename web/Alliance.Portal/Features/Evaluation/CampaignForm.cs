using System.Globalization;
using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Features.Evaluation;

/// <summary>
/// A new campaign (Art 19, 21), checked as Evaluation checks it: a year from 2000 to 2100, a title of at most 200
/// characters, and windows in order (the expert review opens after the self-assessment closed). Dates are typed as
/// yyyy-MM-dd; the defaults start today.
/// </summary>
public sealed class CampaignForm
{
    public const int TitleMaxLength = 200;
    public const string DateFormat = "yyyy-MM-dd";

    public CampaignForm(DateOnly today)
    {
        Year = today.Year.ToString(CultureInfo.InvariantCulture);
        Title = $"{today.Year}年度产业技术创新联盟活跃度评价";
        SelfAssessmentOpensOn = Text(today);
        SelfAssessmentClosesOn = Text(today.AddDays(30));
        ExpertReviewOpensOn = Text(today.AddDays(40));
        ExpertReviewClosesOn = Text(today.AddDays(60));
    }

    public string? Year { get; set; }
    public string? Title { get; set; }
    public string? SelfAssessmentOpensOn { get; set; }
    public string? SelfAssessmentClosesOn { get; set; }
    public string? ExpertReviewOpensOn { get; set; }
    public string? ExpertReviewClosesOn { get; set; }

    public WriteKey Key { get; } = new();
    public bool Attempted { get; set; }
    public ApiProblem? ServerProblem { get; set; }

    public static string Text(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly? Day(string? typed) =>
        DateOnly.TryParseExact(typed?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public string? YearProblem =>
        int.TryParse(Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100 ? null : "EvaluationYearInvalid";

    public string? TitleProblem =>
        string.IsNullOrWhiteSpace(Title) ? "FieldRequired" : Title.Trim().Length > TitleMaxLength ? "FieldTooLong" : null;

    public static string? DayProblem(string? typed) => Day(typed) is null ? "EvaluationDateInvalid" : null;

    /// <summary>The windows' order, once each day is a date.</summary>
    public string? WindowsProblem =>
        Day(SelfAssessmentOpensOn) is { } saOpens && Day(SelfAssessmentClosesOn) is { } saCloses
        && Day(ExpertReviewOpensOn) is { } erOpens && Day(ExpertReviewClosesOn) is { } erCloses
        && !(saOpens <= saCloses && saCloses < erOpens && erOpens <= erCloses)
            ? "EvaluationWindowsInvalid"
            : null;

    public bool IsValid =>
        YearProblem is null && TitleProblem is null && WindowsProblem is null
        && new[] { SelfAssessmentOpensOn, SelfAssessmentClosesOn, ExpertReviewOpensOn, ExpertReviewClosesOn }.All(d => DayProblem(d) is null);

    public object ToRequest() => new
    {
        year = int.Parse(Year!.Trim(), CultureInfo.InvariantCulture),
        title = Title!.Trim(),
        windows = new
        {
            selfAssessmentOpensOn = Day(SelfAssessmentOpensOn),
            selfAssessmentClosesOn = Day(SelfAssessmentClosesOn),
            expertReviewOpensOn = Day(ExpertReviewOpensOn),
            expertReviewClosesOn = Day(ExpertReviewClosesOn),
        },
    };

    /// <summary>The server's errors of one field (Title, Year, Windows…), joined; the key's last segment is compared.</summary>
    public string? ServerErrorsOf(string field, CultureInfo culture) =>
        ServerProblem?.ErrorTextOf(field, culture);

    /// <summary>The server's problem when not all of it can be placed beside a field (a broken rule, a field the form lacks).</summary>
    public ApiProblem? UnplacedProblem =>
        ServerProblem?.UnplacedBeside(Placed);

    private static readonly string[] Placed = ["year", "title"];
}
