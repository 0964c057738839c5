namespace AlliancePlatform.Membership.Domain;

/// <summary>Something that happened to an alliance, kept on the aggregate until the service layer publishes it.</summary>
public interface IAllianceEvent
{
    Guid AllianceId { get; }
}

/// <summary>A unit now counts as a member: it signed the charter version named (Art 6-2, 8-7).</summary>
public sealed record MemberUnitJoined(Guid AllianceId, Guid MemberUnitId, DateOnly JoinedOn, DateOnly MemberSince, int CharterVersion)
    : IAllianceEvent;

public sealed record MemberUnitLeft(Guid AllianceId, Guid MemberUnitId, DateOnly LeftOn, string Reason) : IAllianceEvent;

public sealed record ChairUnitChanged(Guid AllianceId, Guid? PreviousUnitId, Guid UnitId, DateOnly ChangedOn, string? Reason)
    : IAllianceEvent;

public sealed record SecretaryGeneralUnitChanged(Guid AllianceId, Guid? PreviousUnitId, Guid UnitId, DateOnly ChangedOn, string? Reason)
    : IAllianceEvent;

public sealed record CharterBecameEffective(Guid AllianceId, int Version, DateOnly EffectiveOn, int? SupersededVersion) : IAllianceEvent;

public sealed record AllianceProfileChanged(
    Guid AllianceId,
    string Name,
    string IndustryField,
    string PreviousName,
    string PreviousIndustryField,
    DateTimeOffset ChangedAt) : IAllianceEvent;

/// <summary>The alliance asked to be dissolved (Art 17-4).</summary>
public sealed record DissolutionRequested(Guid AllianceId, DateOnly ResolvedOn, string Reason, DateTimeOffset RequestedAt) : IAllianceEvent;
