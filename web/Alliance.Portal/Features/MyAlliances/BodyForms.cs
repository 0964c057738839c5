using System.Globalization;

namespace AlliancePlatform.Portal.Features.MyAlliances;

/// <summary>A seat on the council (Art 7-3): a person of a member unit and a position.</summary>
public sealed class CouncilForm : MyAllianceForm
{
    public string? PersonName { get; set; }
    public Guid? UnitId { get; set; }
    public string? Position { get; set; }

    protected override IReadOnlyList<string> Fields { get; } = ["personName", "memberUnitId", "position"];

    protected override FieldCheck? Check(string field) => field switch
    {
        "personName" => Text(PersonName, 50),
        "memberUnitId" => UnitId is null ? new FieldCheck("FieldRequired") : null,
        _ => string.IsNullOrEmpty(Position) ? new FieldCheck("FieldRequired") : null,
    };

    public object ToRequest() => new { personName = PersonName!.Trim(), memberUnitId = UnitId, position = Position };
}

/// <summary>An expert on the expert committee (Art 7-4).</summary>
public sealed class ExpertForm : MyAllianceForm
{
    public string? Name { get; set; }
    public string? Affiliation { get; set; }
    public string? Title { get; set; }

    protected override IReadOnlyList<string> Fields { get; } = ["name", "affiliation", "title"];

    protected override FieldCheck? Check(string field) => field switch
    {
        "name" => Text(Name, 50),
        "affiliation" => Text(Affiliation, 100),
        _ => Text(Title, 50),
    };

    public object ToRequest() => new { name = Name!.Trim(), affiliation = Affiliation!.Trim(), title = Title!.Trim() };
}

/// <summary>The secretariat (Art 7-5): office address, staff count and annual budget (yuan), typed as text and checked here.</summary>
public sealed class SecretariatForm : MyAllianceForm
{
    public string? OfficeAddress { get; set; }
    public string? StaffCount { get; set; }
    public string? AnnualBudget { get; set; }

    public static SecretariatForm From(SecretariatDetail? current) => new()
    {
        OfficeAddress = current?.OfficeAddress,
        StaffCount = current?.StaffCount.ToString(CultureInfo.InvariantCulture),
        AnnualBudget = current?.AnnualBudget.ToString(CultureInfo.InvariantCulture),
    };

    protected override IReadOnlyList<string> Fields { get; } = ["officeAddress", "staffCount", "annualBudget"];

    protected override FieldCheck? Check(string field) => field switch
    {
        "officeAddress" => Text(OfficeAddress, 200),
        "staffCount" => string.IsNullOrWhiteSpace(StaffCount) ? new FieldCheck("FieldRequired")
            : Staff is null ? new FieldCheck("MyAllianceWholeNumber") : null,
        _ => string.IsNullOrWhiteSpace(AnnualBudget) ? new FieldCheck("FieldRequired")
            : Budget is null ? new FieldCheck("MyAllianceAmount") : null,
    };

    private int? Staff => int.TryParse(StaffCount?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var staff) ? staff : null;

    private decimal? Budget =>
        decimal.TryParse(AnnualBudget?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var budget) ? budget : null;

    public object ToRequest() => new { officeAddress = OfficeAddress!.Trim(), staffCount = Staff, annualBudget = Budget };
}

/// <summary>A formation step of Art 7 and the day it was taken.</summary>
public sealed class FormationStepForm : MyAllianceForm
{
    public string? Step { get; set; }
    public string? TakenOn { get; set; } = TodayText;

    protected override IReadOnlyList<string> Fields { get; } = ["step", "takenOn"];

    protected override FieldCheck? Check(string field) =>
        field == "step" ? string.IsNullOrEmpty(Step) ? new FieldCheck("FieldRequired") : null : Date(TakenOn);

    public object ToRequest() => new { step = Step, takenOn = ParseDate(TakenOn) };
}
