using System.Text;

namespace AlliancePlatform.Portal.Features.Register;

/// <summary>The register search form; <see cref="Problems"/> names (as text keys) what must be fixed before searching.</summary>
public sealed class RegisterQuery
{
    public const int PageSize = 20;
    public const int MaxNameLength = 100;

    public string? Name { get; set; }
    public string? Field { get; set; }
    /// <summary>A GB/T 2260 region code or its prefix, e.g. 2301 for Harbin.</summary>
    public string? Region { get; set; }
    public string? Status { get; set; }
    /// <summary>The latest published grade, A to D.</summary>
    public string? Grade { get; set; }
    public int Page { get; set; } = 1;

    public string? NameProblem => Name?.Trim().Length > MaxNameLength ? "NameTooLong" : null;

    public string? RegionProblem =>
        string.IsNullOrWhiteSpace(Region) || Region.Trim() is { Length: >= 2 and <= 6 } code && code.All(char.IsAsciiDigit)
            ? null
            : "RegionInvalid";

    public bool IsValid => NameProblem is null && RegionProblem is null;

    public string ToPathAndQuery()
    {
        var query = new StringBuilder($"/api/public/register?page={Page}&pageSize={PageSize}");
        Append(query, "name", Name);
        Append(query, "field", Field);
        Append(query, "region", Region);
        Append(query, "status", Status);
        Append(query, "grade", Grade);
        return query.ToString();
    }

    private static void Append(StringBuilder query, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value.Trim()));
        }
    }
}
