using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

/// <summary>One numbered version of an alliance's charter (章程/协议) and the signatures given on it.</summary>
public sealed class CharterVersion
{
    private readonly List<CharterSignature> _signatures = [];

    private CharterVersion()
    {
    }

    public Guid Id { get; private init; }
    public int Number { get; private init; }
    public CharterVersionState State { get; private set; }
    public CharterClauses Clauses { get; private init; } = new();
    public DateTimeOffset ProposedAt { get; private init; }
    public DateOnly? EffectiveOn { get; private set; }
    public DateOnly? SupersededOn { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public IReadOnlyList<CharterSignature> Signatures => _signatures;

    public bool IsSignedBy(AllianceMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return _signatures.Any(s => s.AllianceMemberId == member.Id);
    }

    internal static CharterVersion Propose(int number, CharterClauses clauses, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Number = number,
        State = CharterVersionState.UnderAdoption,
        Clauses = clauses,
        ProposedAt = now.ToStoredPrecision(),
    };

    internal CharterSignature AddSignature(AllianceMember member, string signerName, DateOnly signedOn, DateTimeOffset now)
    {
        var kind = State == CharterVersionState.Effective ? CharterSignatureKind.Accession : CharterSignatureKind.Adoption;
        var signature = CharterSignature.Create(member, signerName, signedOn, kind, now);
        _signatures.Add(signature);
        return signature;
    }

    internal void BecomeEffective(DateOnly on)
    {
        State = CharterVersionState.Effective;
        EffectiveOn = on;
    }

    internal void Supersede(DateOnly on)
    {
        State = CharterVersionState.Superseded;
        SupersededOn = on;
    }

    internal void Withdraw(DateTimeOffset now)
    {
        State = CharterVersionState.Withdrawn;
        WithdrawnAt = now.ToStoredPrecision();
    }
}
