namespace AlliancePlatform.Filing.Persistence;

/// <summary>
/// The SQL behind the register's name search. Chinese names have no word breaks and the usual search term is a
/// two-character word, too short for trigrams; so each name keeps the set of its characters and character pairs
/// (<c>name_grams</c>, GIN-indexed) and a term matches the names whose set holds all the term's pairs (its one
/// character when it has one), which the exact substring test then confirms.
/// </summary>
internal static class RegisterSearchSql
{
    public const string NameGramsColumn = "NameGrams";

    public const string CreateFunctions = """
        CREATE FUNCTION register_name_grams(name text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN ARRAY(
            SELECT DISTINCT substr(lower(name), i, n)
            FROM generate_series(1, char_length(name)) AS i, (VALUES (1), (2)) AS grams(n)
            WHERE i + n - 1 <= char_length(name));

        CREATE FUNCTION register_term_grams(term text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN CASE WHEN char_length(term) = 1 THEN ARRAY[lower(term)]
            ELSE ARRAY(SELECT DISTINCT substr(lower(term), i, 2) FROM generate_series(1, char_length(term) - 1) AS i) END;
        """;

    public const string DropFunctions = """
        DROP FUNCTION register_term_grams(text);
        DROP FUNCTION register_name_grams(text);
        """;

    /// <summary>Copies each entry's listing from the alliance projections (for entries filed before the listing was kept).</summary>
    public const string FillListings = """
        UPDATE filed_alliances AS f
        SET name = a.name, industry_field = a.industry_field, region = a.region, chair_unit = a.chair_unit_name
        FROM alliance_projections AS a
        WHERE a.alliance_id = f.alliance_id;
        """;
}
