namespace AlliancePlatform.ServiceDefaults.Audit;

/// <summary>What happened to what, done by whom, and how it ended: one row of a service's append-only audit trail.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    /// <summary>The person (token subject) or machine client; <c>system</c> for work the service does itself.</summary>
    public required string Actor { get; init; }
    /// <summary>The actor's roles, comma-separated, as the token named them.</summary>
    public string Roles { get; init; } = "";
    /// <summary>The unified social credit code of the actor's unit, when it has one.</summary>
    public string? Organization { get; init; }
    /// <summary>A stable name such as <c>alliance.register</c>.</summary>
    public required string Action { get; init; }
    public required string ObjectType { get; init; }
    public string? ObjectId { get; init; }
    public AuditOutcome Outcome { get; init; }
    /// <summary>Why it was refused or denied: a rule code or an HTTP status; never personal data.</summary>
    public string? Detail { get; init; }
    public string? TraceId { get; init; }
    public string? SourceAddress { get; init; }
}
