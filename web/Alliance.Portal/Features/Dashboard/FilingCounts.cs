using AlliancePlatform.Portal.Features.Register;
using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Features.Dashboard;

/// <param name="Overdue">Of them, how many wait in a stage past its due date.</param>
public sealed record FilingStatusCount(string Status, int Count, int Overdue);

/// <summary>
/// Filing applications per status (Filing's <c>FilingStatus</c>, in its order), and how many are overdue: counted from
/// the <c>totalCount</c> of one-item pages of <c>/api/filing/applications</c>, which the admin division sees in full.
/// </summary>
public sealed class FilingCounts
{
    /// <summary>Filing's statuses in the order of the procedure (Art 11).</summary>
    public static readonly IReadOnlyList<string> Statuses =
    [
        "draft", "submitted", "returned", "recommended", "correction_requested", "formal_review_passed", "business_review_passed",
        "expert_consulted", "approved", "public_notice", "filed", "rejected", "lapsed", "withdrawn",
    ];

    /// <summary>A closed application has no open stage, so it is never overdue: it is not asked about.</summary>
    public static bool CanBeOverdue(string status) => status is not ("filed" or "rejected" or "lapsed" or "withdrawn");

    private FilingCounts(IReadOnlyList<FilingStatusCount> rows) => Rows = rows;

    /// <summary>One row per status, in <see cref="Statuses"/> order; statuses not given count zero, unknown ones come last.</summary>
    public IReadOnlyList<FilingStatusCount> Rows { get; }

    public int Total => Rows.Sum(r => r.Count);
    public int Overdue => Rows.Sum(r => r.Overdue);

    public static FilingCounts Of(IEnumerable<FilingStatusCount> counts)
    {
        var byStatus = counts.GroupBy(c => c.Status, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new FilingStatusCount(g.Key, g.Sum(c => c.Count), g.Sum(c => c.Overdue)), StringComparer.Ordinal);
        return new FilingCounts(
        [
            .. Statuses.Select(s => byStatus.GetValueOrDefault(s) ?? new FilingStatusCount(s, 0, 0)),
            .. byStatus.Values.Where(c => !Statuses.Contains(c.Status)).OrderBy(c => c.Status, StringComparer.Ordinal),
        ]);
    }

    /// <summary>Asks Filing for every status's count (and overdue count) one after another; the first problem is the answer.</summary>
    public static async Task<ApiResult<FilingCounts>> LoadAsync(GatewayClient gateway, CancellationToken cancellationToken = default)
    {
        var counts = new List<FilingStatusCount>();
        foreach (var status in Statuses)
        {
            var all = await gateway.GetAsync<Page<object>>($"/api/filing/applications?status={status}&pageSize=1", cancellationToken);
            if (all.Problem is { } problem)
            {
                return ApiResult<FilingCounts>.Failed(problem);
            }
            var overdue = 0;
            if (CanBeOverdue(status) && all.Value!.TotalCount > 0)
            {
                var late = await gateway.GetAsync<Page<object>>($"/api/filing/applications?status={status}&overdue=true&pageSize=1", cancellationToken);
                if (late.Problem is { } lateProblem)
                {
                    return ApiResult<FilingCounts>.Failed(lateProblem);
                }
                overdue = late.Value!.TotalCount;
            }
            counts.Add(new FilingStatusCount(status, all.Value!.TotalCount, overdue));
        }
        return ApiResult<FilingCounts>.Ok(Of(counts));
    }
}
