namespace AlliancePlatform.ServiceDefaults.Http.Paging;

/// <summary>One page of a list: the items, where it is, and how many there are in all.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}
