using System.ComponentModel;
using AlliancePlatform.Membership.Domain;
using AlliancePlatform.Membership.Persistence;
using AlliancePlatform.ServiceDefaults.Http.Paging;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Membership.Features.ListAlliances;

public sealed record AllianceListFilter(
    [property: Description("Industry field code (Art 5-2), e.g. new_materials")] string? Field,
    [property: Description("GB/T 2260 code or prefix of the chair unit's region, e.g. 2301 for Harbin")] string? Region,
    [property: Description("Part of the alliance's name")] string? Name);

internal static class ListAlliancesEndpoint
{
    public static void MapListAlliances(this RouteGroupBuilder alliances) =>
        alliances.MapGet("/", HandleAsync)
            .WithName("ListAlliances")
            .WithSummary("The alliances the caller may see, by name, a page at a time")
            .ForAllianceReaders();

    private static async Task<Page<AllianceResponse>> HandleAsync(
        [AsParameters] AllianceListFilter filter, [AsParameters] PageRequest page, MembershipDbContext db, AllianceAccess access,
        CancellationToken cancellationToken)
    {
        var alliances = await access.ReadableAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(filter.Field))
        {
            alliances = alliances.Where(a => a.IndustryField == filter.Field.Trim());
        }
        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            var pattern = $"%{EscapeLike(filter.Name.Trim())}%";
            alliances = alliances.Where(a => EF.Functions.ILike(a.Name, pattern, "\\"));
        }
        if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            var prefix = new string([.. filter.Region.Trim().TakeWhile(char.IsAsciiDigit)]) + "%";
            var chairUnits = db.MemberUnits.FromSql($"SELECT * FROM member_units WHERE registered_region LIKE {prefix}").Select(u => (Guid?)u.Id);
            alliances = alliances.Where(a => chairUnits.Contains(a.ChairUnitId));
        }
        return await page.ReadAsync(alliances.OrderBy(a => a.Name).ThenBy(a => a.Id), AllianceResponse.From, cancellationToken);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
