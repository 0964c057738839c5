using AlliancePlatform.Filing.Domain;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Persistence;

internal static class RegisterQueries
{
    /// <summary>Register entries whose name contains <paramref name="term"/>, ignoring case; see <see cref="RegisterSearchSql"/>.</summary>
    public static IQueryable<FiledAlliance> RegisterEntriesNamed(this FilingDbContext db, string term)
    {
        var lowered = term.ToLowerInvariant();
        return db.Register
            .FromSql($"SELECT * FROM filed_alliances WHERE name_grams @> register_term_grams({term})")
            .Where(f => f.Name.ToLower().Contains(lowered));
    }
}
