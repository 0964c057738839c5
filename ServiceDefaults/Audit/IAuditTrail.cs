namespace AlliancePlatform.ServiceDefaults.Audit;

/// <summary>Writes to the service's append-only audit trail, on behalf of the current caller.</summary>
public interface IAuditTrail
{
    /// <summary>
    /// Records that the current endpoint's <see cref="AuditedAction"/> took effect on <paramref name="objectId"/>.
    /// The entry joins the unit of work: it is stored if, and only if, the work commits.
    /// </summary>
    void Succeeded(object objectId);

    /// <summary>Records any action in the unit of work (for work that is not an audited endpoint, e.g. a consumer).</summary>
    void Record(string action, string objectType, string? objectId, AuditOutcome outcome = AuditOutcome.Succeeded, string? detail = null);

    /// <summary>Records the current endpoint's action as refused or denied, in a transaction of its own.</summary>
    Task AppendNowAsync(AuditOutcome outcome, string detail, CancellationToken cancellationToken);
}
