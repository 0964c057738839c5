using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Membership.Domain.RuleChecks;

namespace AlliancePlatform.Membership.Domain;

/// <summary>The decision, advisory and executive bodies (Art 6-3): council, expert committee, secretariat.</summary>
public sealed partial class Alliance
{
    private readonly List<CouncilMember> _council = [];
    private readonly List<ExpertCommitteeMember> _expertCommittee = [];

    public IReadOnlyList<CouncilMember> Council => _council;
    public IReadOnlyList<ExpertCommitteeMember> ExpertCommittee => _expertCommittee;
    public Secretariat? Secretariat { get; private set; }

    public CouncilMember AddCouncilMember(string? personName, Guid memberUnitId, CouncilPosition position, DateTimeOffset now)
    {
        var name = Required(personName, GoverningBodyRules.CouncilMemberNameRequired, GoverningBodyRules.PersonNameMaxLength);
        Require(Enum.IsDefined(position), GoverningBodyRules.UnknownCouncilPosition);
        Require(IsCurrentMember(memberUnitId), GoverningBodyRules.CouncilUnitNotMember);
        Require(position != CouncilPosition.Chair || _council.All(c => c.Position != CouncilPosition.Chair), GoverningBodyRules.CouncilChairTaken);

        var seat = CouncilMember.Create(name, memberUnitId, position, now);
        _council.Add(seat);
        return seat;
    }

    public void RemoveCouncilMember(Guid councilMemberId) =>
        Require(_council.RemoveAll(c => c.Id == councilMemberId) > 0, GoverningBodyRules.UnknownCouncilMember);

    public ExpertCommitteeMember AddExpert(string? name, string? affiliation, string? title, DateTimeOffset now)
    {
        var validName = Required(name, GoverningBodyRules.ExpertNameRequired, GoverningBodyRules.PersonNameMaxLength);
        var validAffiliation = Required(affiliation, GoverningBodyRules.ExpertAffiliationRequired, GoverningBodyRules.AffiliationMaxLength);
        var validTitle = Required(title, GoverningBodyRules.ExpertTitleRequired, GoverningBodyRules.TitleMaxLength);

        var expert = ExpertCommitteeMember.Create(validName, validAffiliation, validTitle, now);
        _expertCommittee.Add(expert);
        return expert;
    }

    public void RemoveExpert(Guid expertId) =>
        Require(_expertCommittee.RemoveAll(e => e.Id == expertId) > 0, GoverningBodyRules.UnknownExpert);

    /// <summary>Sets up or changes the secretariat; one without staff is allowed but fails the Art 6-3 check.</summary>
    public void SetSecretariat(string? officeAddress, int staffCount, decimal annualBudget)
    {
        var address = Required(officeAddress, GoverningBodyRules.OfficeAddressRequired, GoverningBodyRules.OfficeAddressMaxLength);
        Require(staffCount >= 0, GoverningBodyRules.NegativeStaffCount);
        Require(annualBudget >= 0, GoverningBodyRules.NegativeBudget);
        Secretariat = Secretariat.Create(address, staffCount, annualBudget);
    }

    private static string Required(string? text, RuleViolation whenMissing, int maxLength)
    {
        var trimmed = text?.Trim() ?? "";
        Require(trimmed.Length > 0, whenMissing);
        Require(trimmed.Length <= maxLength, GoverningBodyRules.TextTooLong);
        return trimmed;
    }
}
