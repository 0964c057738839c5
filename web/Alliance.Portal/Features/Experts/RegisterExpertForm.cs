using AlliancePlatform.Portal.Features.Review;

namespace AlliancePlatform.Portal.Features.Experts;

/// <summary>Puts an expert account on the roster (Art 11-5), with the API's rules: the unit's 18-character credit code decides conflicts of interest.</summary>
public sealed class RegisterExpertForm : ReviewForm
{
    public const int AccountMaxLength = 100;
    public const int NameMaxLength = 100;
    public const int CreditCodeLength = 18;
    public const int UnitNameMaxLength = 200;
    public const int SpecialtyMaxLength = 200;

    public static readonly IReadOnlyList<string> Kinds = ["science_technology_management", "industry"];

    public string? AccountName { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? UnitCreditCode { get; set; }
    public string? UnitName { get; set; }
    public string? Specialty { get; set; }

    public string? AccountProblem => TextProblem(AccountName, AccountMaxLength, required: true);
    public string? NameProblem => TextProblem(Name, NameMaxLength, required: true);
    public string? KindProblem => Kind is not null && Kinds.Contains(Kind) ? null : "ReviewDecisionRequired";
    public string? UnitCreditCodeProblem =>
        string.IsNullOrWhiteSpace(UnitCreditCode) ? "FieldRequired"
        : UnitCreditCode.Trim() is { Length: CreditCodeLength } code && code.All(char.IsAsciiLetterOrDigit) ? null
        : "ReviewCreditCodeInvalid";
    public string? UnitNameProblem => TextProblem(UnitName, UnitNameMaxLength, required: true);
    public string? SpecialtyProblem => TextProblem(Specialty, SpecialtyMaxLength, required: false);

    public override bool IsValid =>
        AccountProblem is null && NameProblem is null && KindProblem is null && UnitCreditCodeProblem is null && UnitNameProblem is null && SpecialtyProblem is null;

    protected override IReadOnlyCollection<string> Fields => ["accountName", "name", "kind", "unitCreditCode", "unitName", "specialty"];

    public object ToRequest() => new
    {
        accountName = AccountName!.Trim(),
        name = Name!.Trim(),
        kind = Kind,
        unitCreditCode = UnitCreditCode!.Trim().ToUpperInvariant(),
        unitName = UnitName!.Trim(),
        specialty = Trimmed(Specialty),
    };
}
