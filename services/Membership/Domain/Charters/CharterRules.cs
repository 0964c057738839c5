using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

/// <summary>The rules charter versions and their signatures are checked against (Art 6-2).</summary>
public static class CharterRules
{
    public static readonly RuleViolation UnknownVersion = new(
        "charter.unknown_version", "Art 6-2", "联盟章程没有该版本。", "The alliance charter has no such version.");

    public static readonly RuleViolation VersionClosed = new(
        "charter.version_closed", "Art 6-2", "该章程版本已被取代或撤回，不能再签署。",
        "This charter version has been superseded or withdrawn and can no longer be signed.", RuleKind.Conflict);

    public static readonly RuleViolation SignerNotMember = new(
        "charter.signer_not_member", "Art 6-2", "只有联盟成员单位或正在加入的单位可以签署章程。",
        "Only a member unit, or a unit joining the alliance, can sign the charter.", RuleKind.Conflict);

    public static readonly RuleViolation SignerNotLegalRepresentative = new(
        "charter.signer_not_legal_representative", "Art 6-2", "章程须由成员单位的法定代表人签署。",
        "The charter is signed by the member unit's legal representative.");

    public static readonly RuleViolation SignedInFuture = new(
        "charter.signed_in_future", "Art 6-2", "签署日期不能晚于今天。", "A signature cannot be dated after today.");

    public static readonly RuleViolation AlreadySigned = new(
        "charter.already_signed", "Art 6-2", "该单位已签署此章程版本。", "The unit has already signed this charter version.", RuleKind.Conflict);
}
