using System.Globalization;

namespace AlliancePlatform.Portal.Features.Review;

/// <summary>The admin division closes the expert consultation with a consolidated filing opinion (Art 11-5, 11-6).</summary>
public sealed class ConsultationForm : ReviewForm
{
    public string? ConsolidatedOpinion { get; set; }

    public string? OpinionProblem => TextProblem(ConsolidatedOpinion, TextMaxLength, required: true);

    public override bool IsValid => OpinionProblem is null;

    protected override IReadOnlyCollection<string> Fields => ["consolidatedOpinion"];

    public object ToRequest() => new { consolidatedOpinion = ConsolidatedOpinion!.Trim() };
}

/// <summary>The department meeting's decision (Art 11-6): when and where it met, approved or refused, and why (required when refused).</summary>
public sealed class MeetingDecisionForm(DateOnly today) : ReviewForm
{
    public const int ReferenceMaxLength = 100;

    public DateOnly Today { get; } = today;

    /// <summary>yyyy-MM-dd as the date input gives it; today unless changed.</summary>
    public string? MeetingOn { get; set; } = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public string? MeetingReference { get; set; }
    /// <summary>"true" or "false", as the options name them.</summary>
    public string? Approved { get; set; }
    public string? Reason { get; set; }

    public DateOnly? MeetingDate =>
        DateOnly.TryParseExact(MeetingOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public string? MeetingOnProblem => MeetingDate is not { } day ? "ReviewDateInvalid" : day > Today ? "ReviewMeetingInFuture" : null;
    public string? ReferenceProblem => TextProblem(MeetingReference, ReferenceMaxLength, required: true);
    public string? ApprovedProblem => Approved is "true" or "false" ? null : "ReviewDecisionRequired";
    public string? ReasonProblem => TextProblem(Reason, TextMaxLength, required: Approved == "false");

    public override bool IsValid => MeetingOnProblem is null && ReferenceProblem is null && ApprovedProblem is null && ReasonProblem is null;

    protected override IReadOnlyCollection<string> Fields => ["meetingOn", "meetingReference", "approved", "reason"];

    public object ToRequest() => new
    {
        meetingOn = MeetingDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        meetingReference = MeetingReference!.Trim(),
        approved = Approved == "true",
        reason = Trimmed(Reason),
    };
}

/// <summary>The admin division's ruling on one objection during the notice (Art 11-7): upheld or rejected, with a reason.</summary>
public sealed class RulingForm : ReviewForm
{
    public static readonly IReadOnlyList<string> Rulings = ["rejected", "upheld"];

    public string? Ruling { get; set; }
    public string? Reason { get; set; }

    public string? RulingProblem => Ruling is not null && Rulings.Contains(Ruling) ? null : "ReviewDecisionRequired";
    public string? ReasonProblem => TextProblem(Reason, TextMaxLength, required: true);

    public override bool IsValid => RulingProblem is null && ReasonProblem is null;

    protected override IReadOnlyCollection<string> Fields => ["upheld", "reason"];

    public object ToRequest() => new { upheld = Ruling == "upheld", reason = Reason!.Trim() };
}

/// <summary>An expert's own opinion on the application, given once (Art 11-5).</summary>
public sealed class ExpertOpinionForm : ReviewForm
{
    public static readonly IReadOnlyList<string> Opinions = ["supports", "supports_with_conditions", "opposes"];

    public string? Opinion { get; set; }
    public string? Text { get; set; }

    public string? OpinionProblem => Opinion is not null && Opinions.Contains(Opinion) ? null : "ReviewDecisionRequired";
    public string? OpinionTextProblem => TextProblem(Text, TextMaxLength, required: true);

    public override bool IsValid => OpinionProblem is null && OpinionTextProblem is null;

    protected override IReadOnlyCollection<string> Fields => ["opinion", "text"];

    public object ToRequest() => new { opinion = Opinion, text = Text!.Trim() };
}
