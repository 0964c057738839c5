namespace AlliancePlatform.Support.Domain;

/// <summary>
/// Financing in one alliance (Art 27), for the provincial officials: offers made to it and requests its enterprises sent
/// through it, counted by status, with the amounts asked for and accepted. A request counts in each alliance it shared
/// with the offer when sent; with a year, only offers published and requests sent that (UTC) year count.
/// </summary>
public sealed record FinancingStatistics(
    Guid AllianceId,
    int OffersPublished,
    int OffersOpen,
    int RequestsSent,
    int RequestsAccepted,
    int RequestsDeclined,
    int RequestsWithdrawn,
    int RequestsWaiting,
    decimal AmountRequested,
    decimal AmountAccepted)
{
    public static FinancingStatistics For(Guid allianceId, IEnumerable<FinancingOffer> offers, IEnumerable<FinancingRequest> requests, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(requests);
        var made = offers.Where(o => o.AllianceIds.Contains(allianceId) && (year is null || o.PublishedAt.UtcDateTime.Year == year)).ToList();
        var sent = requests.Where(r => r.AllianceIds.Contains(allianceId) && (year is null || r.SentAt.UtcDateTime.Year == year)).ToList();
        int Count(FinancingRequestStatus status) => sent.Count(r => r.Status == status);
        return new FinancingStatistics(
            allianceId,
            made.Count,
            made.Count(o => o.IsOpen),
            sent.Count,
            Count(FinancingRequestStatus.Accepted),
            Count(FinancingRequestStatus.Declined),
            Count(FinancingRequestStatus.Withdrawn),
            Count(FinancingRequestStatus.Sent),
            sent.Sum(r => r.Amount),
            sent.Where(r => r.Status == FinancingRequestStatus.Accepted).Sum(r => r.Amount));
    }
}
