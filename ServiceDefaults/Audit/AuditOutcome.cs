namespace AlliancePlatform.ServiceDefaults.Audit;

public enum AuditOutcome
{
    /// <summary>The action took effect.</summary>
    Succeeded,
    /// <summary>A domain rule or the request's content refused it (4xx other than access).</summary>
    Refused,
    /// <summary>The caller was not allowed, or the object is not theirs (401/403/404 by access rule).</summary>
    Denied,
}
