using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Membership.Domain.RuleChecks;

namespace AlliancePlatform.Membership.Domain;

public sealed partial class Alliance
{
    public const int DissolutionReasonMaxLength = 2000;

    /// <summary>When the alliance's decision body resolved to dissolve it; set once the request is made (Art 17-4).</summary>
    public DateOnly? DissolutionResolvedOn { get; private set; }
    public string? DissolutionReason { get; private set; }
    public DateTimeOffset? DissolutionRequestedAt { get; private set; }

    /// <summary>
    /// The alliance asks to be dissolved, on a resolution of its decision body (Art 17-4): the province then revokes
    /// its filing. Asked once; a resolution cannot be dated in the future.
    /// </summary>
    public void RequestDissolution(DateOnly resolvedOn, string? reason, DateTimeOffset now)
    {
        Require(DissolutionRequestedAt is null, AllianceRules.DissolutionAlreadyRequested);
        Require(resolvedOn <= ChinaTime.DateOf(now), AllianceRules.DissolutionResolvedInFuture);
        Require(!string.IsNullOrWhiteSpace(reason), AllianceRules.DissolutionReasonRequired);
        Require(reason!.Trim().Length <= DissolutionReasonMaxLength, AllianceRules.DissolutionReasonTooLong);

        DissolutionResolvedOn = resolvedOn;
        DissolutionReason = reason.Trim();
        DissolutionRequestedAt = now.ToStoredPrecision();
        Raise(new DissolutionRequested(Id, resolvedOn, DissolutionReason, DissolutionRequestedAt.Value));
    }
}
