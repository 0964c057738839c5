using System.ComponentModel;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.ServiceDefaults.Http.Paging;

/// <summary>Which page of a list the caller wants; bound from <c>?page=&amp;pageSize=</c>.</summary>
public sealed record PageRequest(
    [property: Description("Page number, from 1 (default 1)")] int? Page,
    [property: Description("Items per page, 1 to 100 (default 20); larger values are read as 100")] int? PageSize)
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;
    /// <summary>Far beyond any list here; keeps the offset of a page within what the database accepts.</summary>
    public const int MaxPageNumber = 100_000;

    public int Number => Math.Clamp(Page ?? 1, 1, MaxPageNumber);
    public int Size => Math.Clamp(PageSize ?? DefaultPageSize, 1, MaxPageSize);

    /// <summary>Counts and reads one page; <paramref name="ordered"/> must be in a stable order.</summary>
    public async Task<Page<TOut>> ReadAsync<TIn, TOut>(IQueryable<TIn> ordered, Func<TIn, TOut> project, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip((Number - 1) * Size).Take(Size).ToListAsync(cancellationToken);
        return new Page<TOut>([.. items.Select(project)], Number, Size, total);
    }
}
