using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Persistence;

/// <summary>
/// Gapless numbers per year (document numbers 黑科发〔YYYY〕N号, filing numbers). The counter row is incremented inside
/// the caller's transaction: it stays locked until commit, so concurrent filings take turns, and a rollback gives
/// the number back. A PostgreSQL sequence would be faster but leaves gaps.
/// </summary>
internal static class NumberSequences
{
    public const string DocumentNumbers = "document_number";
    public const string FilingNumbers = "filing_number";

    public static async Task<int> NextAsync(this FilingDbContext db, string name, int year, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A gapless number is only taken inside the transaction that uses it.");
        }
        var next = await db.Database.SqlQuery<int>(
                $"""
                INSERT INTO number_sequences (name, year, last_value) VALUES ({name}, {year}, 1)
                ON CONFLICT (name, year) DO UPDATE SET last_value = number_sequences.last_value + 1
                RETURNING last_value AS "Value"
                """)
            .ToListAsync(cancellationToken);
        return next.Single();
    }
}

/// <summary>The counter behind <see cref="NumberSequences"/>.</summary>
public sealed class NumberSequenceRow
{
    public string Name { get; init; } = "";
    public int Year { get; init; }
    public int LastValue { get; set; }
}
