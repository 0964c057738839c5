namespace AlliancePlatform.Portal.Features.MyAlliances;

/// <summary>An alliance in Membership's list (<c>GET /api/membership/alliances</c>).</summary>
public sealed record MyAllianceSummary(Guid Id, string Name, string IndustryField, string IndustryFieldName, DateTimeOffset RegisteredAt);

public sealed record UnitSummary(Guid Id, string Name, string CreditCode, string Type, string RegisteredRegion);

/// <summary>A member unit as <c>/api/membership/units</c> answers it.</summary>
public sealed record UnitRecord(Guid Id, string Name, string CreditCode, string Type, string RegisteredRegion);

/// <param name="Status">pending (not yet signed the charter), current or left.</param>
public sealed record AllianceMember(
    Guid MemberUnitId, UnitSummary? Unit, string Status, DateOnly JoinedOn, DateOnly? MemberSince, DateOnly? LeftOn, string? LeaveReason);

public sealed record CouncilSeat(Guid Id, string PersonName, Guid MemberUnitId, string Position);

public sealed record CommitteeExpert(Guid Id, string Name, string Affiliation, string Title);

public sealed record SecretariatDetail(string OfficeAddress, int StaffCount, decimal AnnualBudget);

public sealed record FormationStepTaken(string Step, DateOnly TakenOn);

/// <param name="MissingClauses">Clause names as the API writes them (e.g. <c>TaskDivision</c>).</param>
public sealed record CharterVersionSummary(int Number, string State, DateOnly? EffectiveOn, IReadOnlyList<string> MissingClauses, int Signatures);

/// <summary>One alliance as a whole (<c>GET /api/membership/alliances/{id}</c>; every change answers with it too).</summary>
public sealed record MyAllianceDetail(
    Guid Id,
    string Name,
    string IndustryField,
    string IndustryFieldName,
    DateTimeOffset RegisteredAt,
    Guid? ChairUnitId,
    Guid? SecretaryGeneralUnitId,
    IReadOnlyList<AllianceMember> Members,
    IReadOnlyList<CouncilSeat> Council,
    IReadOnlyList<CommitteeExpert> ExpertCommittee,
    SecretariatDetail? Secretariat,
    IReadOnlyList<FormationStepTaken> FormationSteps,
    IReadOnlyList<CharterVersionSummary> CharterVersions)
{
    /// <summary>Members that have not left: those who can sign, hold offices and seats.</summary>
    public IEnumerable<AllianceMember> Active => Members.Where(m => m.Status != "left");

    public UnitSummary? UnitOf(Guid? unitId) => Members.FirstOrDefault(m => m.MemberUnitId == unitId)?.Unit;

    /// <summary>The version people are signing or that is in force: the newest under adoption or effective.</summary>
    public CharterVersionSummary? CurrentCharter =>
        CharterVersions.LastOrDefault(v => v.State == "under_adoption") ?? CharterVersions.LastOrDefault(v => v.State == "effective");
}

public sealed record CharterSignature(Guid MemberUnitId, string SignerName, DateOnly SignedOn, string Kind);

/// <summary>One charter version with its signatures (<c>GET …/charters/{version}</c>).</summary>
public sealed record CharterVersionDetail(
    int Number, string State, IReadOnlyList<string> MissingClauses, DateOnly? EffectiveOn,
    IReadOnlyList<CharterSignature> Signatures, IReadOnlyList<Guid> SignaturesStillNeeded);

/// <summary>One Art 6 / Art 7-2 condition, with its message in both languages.</summary>
public sealed record EligibilityCheck(string Code, string Article, bool Passed, string Message, string MessageEn);

public sealed record EligibilityReport(Guid AllianceId, bool Eligible, IReadOnlyList<EligibilityCheck> Checks);

/// <summary>A filing application in Filing's list (<c>GET /api/filing/applications</c>); only what this page uses.</summary>
public sealed record FilingApplicationSummary(Guid Id, Guid AllianceId, string Status, string StatusName);

/// <summary>What <c>POST /api/filing/applications</c> answers; only the id is needed to go on.</summary>
public sealed record FilingApplicationCreated(Guid Id);
