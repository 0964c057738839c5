namespace AlliancePlatform.Portal.Features.Inbox;

/// <summary>The inbox's filter and page, as Filing's <c>GET /api/filing/applications</c> takes them.</summary>
public sealed class InboxQuery
{
    public const int PageSize = 20;

    public bool OverdueOnly { get; set; }
    public int Page { get; set; } = 1;

    public string ToPathAndQuery() =>
        $"/api/filing/applications?page={Page}&pageSize={PageSize}" + (OverdueOnly ? "&overdue=true" : "");
}
