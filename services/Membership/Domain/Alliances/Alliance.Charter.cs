using static AlliancePlatform.Membership.Domain.RuleChecks;

namespace AlliancePlatform.Membership.Domain;

/// <summary>
/// The charter (章程/协议, Art 6-2): a version becomes effective once every member's legal representative has signed it,
/// and only then supersedes the version before it.
/// </summary>
public sealed partial class Alliance
{
    private readonly List<CharterVersion> _charterVersions = [];

    public IReadOnlyList<CharterVersion> CharterVersions => _charterVersions;

    public CharterVersion? FindEffectiveCharter() =>
        _charterVersions.FirstOrDefault(v => v.State == CharterVersionState.Effective);

    public CharterVersion? FindCharterUnderAdoption() =>
        _charterVersions.FirstOrDefault(v => v.State == CharterVersionState.UnderAdoption);

    /// <summary>Puts a new version up for signature; a version still under adoption is withdrawn in its favour.</summary>
    public CharterVersion ProposeCharter(CharterClauses clauses, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        FindCharterUnderAdoption()?.Withdraw(now);
        var version = CharterVersion.Propose(_charterVersions.Count + 1, clauses, now);
        _charterVersions.Add(version);
        return version;
    }

    /// <summary>
    /// Records the legal representative's signature. On the effective version it is a joining unit's accession and
    /// makes the unit count as a member; on the version under adoption it may be the last one needed to make it effective.
    /// </summary>
    public CharterSignature SignCharter(int versionNumber, MemberUnit unit, string? signerName, DateOnly signedOn, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var version = _charterVersions.FirstOrDefault(v => v.Number == versionNumber);
        Require(version is not null, CharterRules.UnknownVersion);
        Require(version!.State is CharterVersionState.UnderAdoption or CharterVersionState.Effective, CharterRules.VersionClosed);
        var openMembership = FindOpenMembership(unit.Id);
        Require(openMembership is not null, CharterRules.SignerNotMember);
        var member = openMembership!;
        Require(string.Equals(signerName?.Trim(), unit.LegalRepresentative, StringComparison.Ordinal), CharterRules.SignerNotLegalRepresentative);
        Require(signedOn <= ChinaTime.DateOf(now), CharterRules.SignedInFuture);
        Require(!version.IsSignedBy(member), CharterRules.AlreadySigned);

        var signature = version.AddSignature(member, unit.LegalRepresentative, signedOn, now);
        if (version.State == CharterVersionState.Effective)
        {
            Admit(member, version, signedOn, now);
        }
        else
        {
            TryMakeEffective(version, signedOn, now);
        }

        return signature;
    }

    /// <summary>
    /// The stays whose signature a version under adoption still needs: every current member, and before any version is
    /// effective also every pending one, since founding members count only once the first charter binds them.
    /// </summary>
    public IReadOnlyList<AllianceMember> SignaturesStillNeeded(CharterVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var foundingAdoption = FindEffectiveCharter() is null;
        return
        [
            .. _members.Where(m => (m.Status == AllianceMemberStatus.Current
                                    || (foundingAdoption && m.Status == AllianceMemberStatus.Pending))
                                   && !version.IsSignedBy(m)),
        ];
    }

    private void TryMakeEffective(CharterVersion version, DateOnly on, DateTimeOffset now)
    {
        var signers = _members.Where(m => m.Status != AllianceMemberStatus.Left && version.IsSignedBy(m)).ToList();
        if (signers.Count == 0 || SignaturesStillNeeded(version).Count > 0)
        {
            return;
        }

        var effectiveOn = version.Signatures.Where(s => signers.Any(m => m.Id == s.AllianceMemberId))
            .Select(s => s.SignedOn)
            .Append(on)
            .Max();
        var previous = FindEffectiveCharter();
        previous?.Supersede(effectiveOn);
        version.BecomeEffective(effectiveOn);
        Raise(new CharterBecameEffective(Id, version.Number, effectiveOn, previous?.Number));

        foreach (var pending in signers.Where(m => m.Status == AllianceMemberStatus.Pending))
        {
            Admit(pending, version, effectiveOn, now);
        }
    }
}
