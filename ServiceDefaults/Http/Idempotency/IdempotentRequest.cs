namespace AlliancePlatform.ServiceDefaults.Http.Idempotency;

/// <summary>The stored outcome of a write sent with an <c>Idempotency-Key</c>, replayed when the same key comes again.</summary>
public sealed class IdempotentRequest
{
    public string Key { get; init; } = "";
    public string Scope { get; init; } = "";
    public int StatusCode { get; set; }
    public string? Location { get; set; }
    public string? Body { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
