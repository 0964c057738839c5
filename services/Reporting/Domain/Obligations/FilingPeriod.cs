namespace AlliancePlatform.Reporting.Domain;

/// <summary>A span during which the alliance was on the provincial register: from its filing to its revocation, if any.</summary>
public sealed class FilingPeriod
{
    private FilingPeriod()
    {
    }

    public Guid Id { get; private set; }
    public DateOnly FiledOn { get; private set; }
    public DateOnly? RevokedOn { get; private set; }

    public bool IsOpen => RevokedOn is null;

    internal static FilingPeriod Start(DateOnly filedOn, DateTimeOffset now) => new() { Id = Guid.CreateVersion7(now), FiledOn = filedOn };

    internal void Revoke(DateOnly revokedOn) => RevokedOn = revokedOn;

    /// <summary>
    /// The alliance owes the report on <paramref name="year"/> from this period: it was filed by 31 December of the year and
    /// its filing was not revoked before the report's due day had ended (a revoked alliance owes nothing after revocation).
    /// </summary>
    internal bool Owes(int year, DateOnly dueOn) => FiledOn <= new DateOnly(year, 12, 31) && (RevokedOn is null || RevokedOn > dueOn);
}
