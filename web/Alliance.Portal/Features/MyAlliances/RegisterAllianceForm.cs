namespace AlliancePlatform.Portal.Features.MyAlliances;

/// <summary>A new alliance (Art 7): its name (at most 200 characters) and industry field (Art 5-2), both required.</summary>
public sealed class RegisterAllianceForm : MyAllianceForm
{
    public const int NameMaxLength = 200;

    public string? Name { get; set; }
    public string? IndustryField { get; set; }

    protected override IReadOnlyList<string> Fields { get; } = ["name", "industryField"];

    protected override FieldCheck? Check(string field) => field switch
    {
        "name" => Text(Name, NameMaxLength),
        _ => string.IsNullOrEmpty(IndustryField) ? new FieldCheck("FieldRequired") : null,
    };

    public object ToRequest() => new { name = Name!.Trim(), industryField = IndustryField };
}
