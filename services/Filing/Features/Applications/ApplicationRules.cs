using AlliancePlatform.Filing.Domain;
using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Features.Applications;

/// <summary>Rules that span applications and the register, checked against the database before an application starts.</summary>
internal static class ApplicationRules
{
    public static readonly FilingStatus[] ClosedStates = [FilingStatus.Filed, FilingStatus.Rejected, FilingStatus.Lapsed, FilingStatus.Withdrawn];

    public static readonly RuleViolation AlreadyFiled = new(
        "filing.already_filed", "Art 10", "该联盟已在省级备案名单中，无需再次申请。",
        "The alliance is already on the provincial register; it need not apply again.", RuleKind.Conflict);

    public static readonly RuleViolation InProgress = new(
        "filing.application_in_progress", "Art 10", "该联盟已有一份正在办理的备案申请，请在该申请中继续办理。",
        "The alliance already has a filing application in progress; continue with that one.", RuleKind.Conflict);

    public static readonly RuleViolation AllianceNotYetKnown = new(
        "filing.alliance_not_yet_known", "Art 10", "尚未收到该联盟的登记信息，请稍后再试。",
        "The alliance's registration has not reached the filing service yet; try again in a moment.", RuleKind.Conflict);
}
