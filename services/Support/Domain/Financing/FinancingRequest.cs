using static AlliancePlatform.Support.Domain.RuleChecks;

namespace AlliancePlatform.Support.Domain;

public enum FinancingRequestStatus
{
    Sent,
    Accepted,
    Declined,
    Withdrawn,
}

/// <summary>A member enterprise's request for financing under an offer (Art 27); only the offering institution answers.</summary>
public sealed class FinancingRequest
{
    private FinancingRequest()
    {
    }

    public Guid Id { get; private init; }
    public Guid OfferId { get; private init; }
    public string InstitutionCreditCode { get; private init; } = "";
    public string EnterpriseCreditCode { get; private init; } = "";
    /// <summary>The alliances the enterprise shared with the offer when it applied: the request counts in their statistics.</summary>
    public IReadOnlyList<Guid> AllianceIds { get; private init; } = [];
    public string SentBy { get; private init; } = "";
    public decimal Amount { get; private init; }
    public string Purpose { get; private init; } = "";
    public FinancingRequestStatus Status { get; private set; }
    public DateTimeOffset SentAt { get; private init; }
    /// <summary>The owner's answer, or the requester's cancellation; null while it waits.</summary>
    public UnitAnswer? Answer { get; private set; }

    /// <summary>
    /// The acting enterprise applies. <paramref name="enterpriseAlliances"/> are the alliances it is an enterprise member of
    /// (from Membership); one of them must be an alliance of the offer. The amount is within the offer's range.
    /// </summary>
    public static FinancingRequest Send(
        FinancingOffer offer, Actor actor, decimal amount, string? purpose, IReadOnlyCollection<Guid> enterpriseAlliances, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(enterpriseAlliances);
        var enterprise = UnitOf(actor, "Art 27");
        Require(offer.IsOpen, FinancingRules.OfferClosed);
        var shared = enterpriseAlliances.Intersect(offer.AllianceIds).ToList();
        Require(shared.Count > 0, FinancingRules.NotAnEnterpriseMember);
        Require(offer.Range.Contains(amount) && HasAtMostTwoDecimals(amount), FinancingRules.AmountOutOfRange(offer.Range));
        return new FinancingRequest
        {
            Id = Guid.CreateVersion7(now),
            OfferId = offer.Id,
            InstitutionCreditCode = offer.InstitutionCreditCode,
            EnterpriseCreditCode = enterprise,
            AllianceIds = shared,
            SentBy = actor.Subject,
            Amount = amount,
            Purpose = RequiredText(purpose, FinancingRules.PurposeRequired),
            Status = FinancingRequestStatus.Sent,
            SentAt = now.Stored(),
        };
    }

    /// <summary>The institution accepts (to go on to its own credit process), with a note.</summary>
    public void Accept(Actor actor, string? note, DateTimeOffset now)
    {
        RequireUnit(actor, InstitutionCreditCode, "Art 27");
        Require(Status == FinancingRequestStatus.Sent, FinancingRules.NotSent);
        Answered(FinancingRequestStatus.Accepted, actor, OptionalText(note), now);
    }

    /// <summary>The institution declines, saying why.</summary>
    public void Decline(Actor actor, string? reason, DateTimeOffset now)
    {
        RequireUnit(actor, InstitutionCreditCode, "Art 27");
        Require(Status == FinancingRequestStatus.Sent, FinancingRules.NotSent);
        Answered(FinancingRequestStatus.Declined, actor, RequiredText(reason, SupportRules.ReasonRequired), now);
    }

    /// <summary>The enterprise withdraws a request not yet answered.</summary>
    public void Withdraw(Actor actor, DateTimeOffset now)
    {
        Require(IsUnit(actor, EnterpriseCreditCode), FinancingRules.NotTheApplicant);
        Require(Status == FinancingRequestStatus.Sent, FinancingRules.NotSent);
        Answered(FinancingRequestStatus.Withdrawn, actor, null, now);
    }

    private void Answered(FinancingRequestStatus status, Actor actor, string? note, DateTimeOffset now)
    {
        Status = status;
        Answer = UnitAnswer.Of(actor, note, now);
    }
}
