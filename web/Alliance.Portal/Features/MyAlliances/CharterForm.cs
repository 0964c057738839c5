namespace AlliancePlatform.Portal.Features.MyAlliances;

/// <summary>
/// A new charter version. The API takes each clause as optional and reports the missing ones, but a charter without
/// all seven cannot make an alliance eligible (Art 6-2, 6-4, 6-5), so the form asks for all seven.
/// </summary>
public sealed class CharterForm : MyAllianceForm
{
    public const int ClauseMaxLength = 20000;

    /// <summary>Clause texts by the API's (camelCase) names, see <see cref="MyAllianceCodes.CharterClauses"/>.</summary>
    public Dictionary<string, string?> Clauses { get; } = MyAllianceCodes.CharterClauses.ToDictionary(c => c, _ => (string?)null);

    protected override IReadOnlyList<string> Fields => MyAllianceCodes.CharterClauses;

    protected override FieldCheck? Check(string field) => Text(Clauses.GetValueOrDefault(field), ClauseMaxLength);

    public object ToRequest() => Clauses.ToDictionary(c => c.Key, c => Trimmed(c.Value));

    /// <summary>taskDivision → task-division, for the test ids.</summary>
    public static string Kebab(string clause) =>
        string.Concat(clause.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString()));
}
