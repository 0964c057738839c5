using AlliancePlatform.Support.Domain;

namespace AlliancePlatform.Support.Features.Financing;

internal sealed record OfferRequest(string? Product, decimal MinimumAmount, decimal MaximumAmount, string? Terms);

internal sealed record FinancingRequestBody(decimal Amount, string? Purpose);

internal sealed record AnswerRequest(string? Note);

internal sealed record DeclineRequest(string? Reason);

internal sealed record OfferResponse(
    Guid Id, string InstitutionCreditCode, IReadOnlyList<Guid> AllianceIds, string Product, decimal MinimumAmount, decimal MaximumAmount,
    string Terms, bool IsOpen, DateTimeOffset PublishedAt, DateTimeOffset? ClosedAt)
{
    public static OfferResponse For(FinancingOffer o) => new(
        o.Id, o.InstitutionCreditCode, o.AllianceIds, o.Product, o.Range.Minimum, o.Range.Maximum, o.Terms, o.IsOpen, o.PublishedAt, o.ClosedAt);
}

internal sealed record FinancingRequestResponse(
    Guid Id, Guid OfferId, string InstitutionCreditCode, string EnterpriseCreditCode, IReadOnlyList<Guid> AllianceIds, decimal Amount,
    string Purpose, FinancingRequestStatus Status, DateTimeOffset SentAt, string? AnsweredBy, DateTimeOffset? AnsweredAt, string? AnswerNote)
{
    public static FinancingRequestResponse For(FinancingRequest r) => new(
        r.Id, r.OfferId, r.InstitutionCreditCode, r.EnterpriseCreditCode, r.AllianceIds, r.Amount, r.Purpose, r.Status, r.SentAt,
        r.Answer?.By, r.Answer?.At, r.Answer?.Note);
}

/// <summary>One alliance's financing figures, with its name as Support knows it.</summary>
internal sealed record FinancingStatisticsResponse(string AllianceName, FinancingStatistics Statistics);
