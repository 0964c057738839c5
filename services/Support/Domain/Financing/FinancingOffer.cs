using static AlliancePlatform.Support.Domain.RuleChecks;

namespace AlliancePlatform.Support.Domain;

/// <summary>A financing product a financial-institution member offers to the enterprises of its alliances (Art 27).</summary>
public sealed class FinancingOffer
{
    private FinancingOffer()
    {
    }

    public Guid Id { get; private init; }
    public string InstitutionCreditCode { get; private init; } = "";
    /// <summary>The alliances the institution is a financial-institution member of: their enterprises may apply.</summary>
    public IReadOnlyList<Guid> AllianceIds { get; private init; } = [];
    public string Product { get; private init; } = "";
    public AmountRange Range { get; private init; } = null!;
    public string Terms { get; private init; } = "";
    public DateTimeOffset PublishedAt { get; private init; }
    public string PublishedBy { get; private init; } = "";
    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsOpen => ClosedAt is null;

    /// <summary>
    /// The acting institution publishes an offer. <paramref name="institutionAlliances"/> are the alliances it is a
    /// financial-institution member of (from Membership); there must be one.
    /// </summary>
    public static FinancingOffer Publish(
        Actor actor, string? product, AmountRange range, string? terms, IReadOnlyCollection<Guid> institutionAlliances, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(institutionAlliances);
        var institution = UnitOf(actor, "Art 27");
        Require(institutionAlliances.Count > 0, FinancingRules.NotAFinancialMember);
        return new FinancingOffer
        {
            Id = Guid.CreateVersion7(now),
            InstitutionCreditCode = institution,
            AllianceIds = [.. institutionAlliances.Distinct()],
            Product = RequiredText(product, FinancingRules.ProductRequired, SupportRules.NameMaxLength),
            Range = range,
            Terms = RequiredText(terms, FinancingRules.TermsRequired),
            PublishedAt = now.Stored(),
            PublishedBy = actor.Subject,
        };
    }

    /// <summary>The institution stops taking requests; those already sent still get an answer.</summary>
    public void Close(Actor actor, DateTimeOffset now)
    {
        RequireUnit(actor, InstitutionCreditCode, "Art 27");
        Require(IsOpen, FinancingRules.OfferClosed);
        ClosedAt = now.Stored();
    }
}
