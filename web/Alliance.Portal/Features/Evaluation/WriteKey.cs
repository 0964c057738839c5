namespace AlliancePlatform.Portal.Features.Evaluation;

/// <summary>
/// The Idempotency-Key of one form (or one row that saves on its own): kept across retries, so a double click or a
/// retry after an error writes once; renewed only after the write succeeded.
/// </summary>
public sealed class WriteKey
{
    public string Value { get; private set; } = Guid.NewGuid().ToString("N");

    public void Renew() => Value = Guid.NewGuid().ToString("N");
}
