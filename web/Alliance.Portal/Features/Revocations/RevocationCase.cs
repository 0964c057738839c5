using AlliancePlatform.Portal.Features.Review;

namespace AlliancePlatform.Portal.Features.Revocations;

/// <summary>A revocation case (取消备案, Art 17) as Filing's <c>/api/filing/revocation-cases</c> gives it.</summary>
/// <param name="Status">open, revoked or dismissed.</param>
public sealed record RevocationCase(
    Guid Id, Guid AllianceId, string? AllianceName, string Cause, string Source, string? SourceReference, string Grounds,
    DateTimeOffset OpenedAt, string OpenedBy, string Status, DateTimeOffset? DecidedAt, string? DecidedBy, string? DecisionReason);

/// <summary>The admin division's decision on a case: revoke the filing or dismiss the case, with a reason either way.</summary>
public sealed class RevocationDecisionForm : ReviewForm
{
    public static readonly IReadOnlyList<string> Decisions = ["revoke", "dismiss"];

    public string? Decision { get; set; }
    public string? Reason { get; set; }

    public string? DecisionProblem => Decision is not null && Decisions.Contains(Decision) ? null : "ReviewDecisionRequired";
    public string? ReasonProblem => TextProblem(Reason, TextMaxLength, required: true);

    public override bool IsValid => DecisionProblem is null && ReasonProblem is null;

    protected override IReadOnlyCollection<string> Fields => ["revoke", "reason"];

    public object ToRequest() => new { revoke = Decision == "revoke", reason = Reason!.Trim() };
}
