using System.ComponentModel;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using AlliancePlatform.Support.Domain;
using AlliancePlatform.Support.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Support.Features.Financing;

/// <summary>Financing statistics per alliance (Art 27) for the officials: one alliance, or a page of every alliance with an offer.</summary>
internal static class FinancingStatisticsEndpoint
{
    public static async Task<Ok<Page<FinancingStatisticsResponse>>> ReadAsync(
        [Description("Only this alliance")] Guid? allianceId,
        [Description("Only offers published and requests sent in this year (UTC)")] int? year,
        [AsParameters] PageRequest page,
        SupportDbContext db, CancellationToken cancellationToken)
    {
        var alliances = allianceId is { } one
            ? new Page<Guid>([one], 1, page.Size, 1)
            : await page.ReadAsync(db.FinancingOffers.SelectMany(o => o.AllianceIds).Distinct().OrderBy(a => a), a => a, cancellationToken);
        var ids = alliances.Items.ToList();
        var offers = await db.FinancingOffers.AsNoTracking().Where(o => o.AllianceIds.Any(a => ids.Contains(a))).ToListAsync(cancellationToken);
        var requests = await db.FinancingRequests.AsNoTracking().Where(r => r.AllianceIds.Any(a => ids.Contains(a))).ToListAsync(cancellationToken);
        var names = await db.Alliances.AsNoTracking().Where(a => ids.Contains(a.AllianceId)).ToDictionaryAsync(a => a.AllianceId, a => a.Name, cancellationToken);
        return TypedResults.Ok(new Page<FinancingStatisticsResponse>(
            [.. ids.Select(id => new FinancingStatisticsResponse(names.GetValueOrDefault(id, ""), FinancingStatistics.For(id, offers, requests, year)))],
            alliances.PageNumber, alliances.PageSize, alliances.TotalCount));
    }
}
