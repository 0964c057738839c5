namespace AlliancePlatform.Portal.Features.Register;

/// <summary>One filed alliance as the public register shows it (Filing's <c>/api/public/register</c>).</summary>
public sealed record RegisterEntry(
    Guid AllianceId, string Name, string IndustryField, string? ChairUnit, string Region, DateOnly FiledOn, string FilingNumber,
    string DocumentNumber, string Status, DateOnly? RevokedOn, string? LatestGrade, int? LatestGradeYear);

/// <summary>One public grade of an alliance (Evaluation's <c>/api/public/grades/alliances/{id}</c>).</summary>
/// <param name="Status">on_notice or published.</param>
public sealed record GradeOfAlliance(Guid CampaignId, int Year, string Title, string Status, string Grade);

/// <summary>One page of a list, as every platform API pages.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}
