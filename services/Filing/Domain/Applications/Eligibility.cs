namespace AlliancePlatform.Filing.Domain;

/// <summary>One formation condition (Art 6, 7-2) the alliance does not meet, as Membership's assessment found it.</summary>
public sealed record EligibilityFailure(string Code, string Article, string Message, string MessageEn);

/// <summary>
/// Membership's latest eligibility assessment of the alliance as the filing service has received it.
/// <paramref name="Known"/> is false while no assessment has arrived yet.
/// </summary>
public sealed record EligibilitySnapshot(bool Known, IReadOnlyList<EligibilityFailure> Failures, DateTimeOffset? AssessedAt)
{
    public static EligibilitySnapshot Unknown { get; } = new(false, [], null);

    public bool Passed => Known && Failures.Count == 0;
}
