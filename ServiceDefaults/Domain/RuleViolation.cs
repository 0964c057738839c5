namespace AlliancePlatform.ServiceDefaults.Domain;

/// <summary>Which way a broken rule is reported: the request breaks a rule (422) or clashes with current state (409).</summary>
public enum RuleKind
{
    Unprocessable,
    Conflict,
}

/// <summary>A broken domain rule: a stable code, the article it enforces, and a message in Chinese with English beside it.</summary>
public sealed record RuleViolation(string Code, string Article, string Message, string MessageEn, RuleKind Kind = RuleKind.Unprocessable)
{
    /// <summary>The individual conditions that failed, when the rule gathers several (e.g. every Art 6 condition); listed as <c>failures</c>.</summary>
    public IReadOnlyList<RuleViolationDetail> Details { get; init; } = [];
}

/// <summary>One failed condition under a <see cref="RuleViolation"/>.</summary>
public sealed record RuleViolationDetail(string Code, string Article, string Message, string MessageEn);

/// <summary>Thrown by aggregates when a rule is broken; the HTTP layer turns it into ProblemDetails.</summary>
public sealed class RuleViolationException(RuleViolation violation) : Exception(violation.MessageEn)
{
    public RuleViolation Violation { get; } = violation;
}
