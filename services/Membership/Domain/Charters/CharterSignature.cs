using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

/// <summary>A member unit's legal representative's signature on one charter version (Art 6-2).</summary>
public sealed class CharterSignature
{
    private CharterSignature()
    {
    }

    public Guid Id { get; private init; }
    /// <summary>The stay of the unit the signature was given for; a unit that leaves and comes back signs again.</summary>
    public Guid AllianceMemberId { get; private init; }
    public Guid MemberUnitId { get; private init; }
    public string SignerName { get; private init; } = "";
    public DateOnly SignedOn { get; private init; }
    public CharterSignatureKind Kind { get; private init; }
    public DateTimeOffset RecordedAt { get; private init; }

    internal static CharterSignature Create(
        AllianceMember member, string signerName, DateOnly signedOn, CharterSignatureKind kind, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            AllianceMemberId = member.Id,
            MemberUnitId = member.MemberUnitId,
            SignerName = signerName,
            SignedOn = signedOn,
            Kind = kind,
            RecordedAt = now.ToStoredPrecision(),
        };
}
