using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Evaluation.Domain.RuleChecks;

namespace AlliancePlatform.Evaluation.Domain;

/// <summary>The rectification a published D grade opens (整改, Art 23), due after the configured number of calendar days.</summary>
public sealed class Rectification
{
    private Rectification()
    {
    }

    public Guid Id { get; private init; }
    public Guid CampaignId { get; private init; }
    public Guid AllianceId { get; private init; }
    public DateTimeOffset OpenedAt { get; private init; }
    /// <summary>The last day (China time) to rectify.</summary>
    public DateOnly DueOn { get; private init; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedBy { get; private set; }
    public string? Conclusion { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public bool IsOverdue(DateTimeOffset now) => IsOpen && ChinaTime.DateOf(now) > DueOn;

    /// <summary>Opened for a published D grade (the service calls it with each grade <see cref="EvaluationCampaign.Publish"/> returns).</summary>
    public static Rectification Open(PublishedGrade grade, EvaluationSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(grade);
        ArgumentNullException.ThrowIfNull(settings);
        Require(grade.Grade == Grade.D, GradingRules.NotAGradeD);
        return new Rectification
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = grade.CampaignId,
            AllianceId = grade.AllianceId,
            OpenedAt = now.Stored(),
            DueOn = ChinaTime.DateOf(now).AddDays(settings.RectificationDays),
        };
    }

    /// <summary>The admin division closes the rectification with its conclusion.</summary>
    public void Close(Actor actor, string? conclusion, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, "Art 23");
        Require(IsOpen, RectificationRules.AlreadyClosed);
        Conclusion = RequiredText(conclusion, EvaluationRules.ReasonRequired);
        ClosedAt = now.Stored();
        ClosedBy = actor.Subject;
    }
}

public static class RectificationRules
{
    public static readonly RuleViolation AlreadyClosed = new(
        "evaluation.rectification_closed", "Art 23", "整改已结束。", "The rectification has already been closed.", RuleKind.Conflict);
}
