namespace AlliancePlatform.Portal.Features.MyAlliances;

/// <summary>The chair unit (Art 7-3) or secretary-general unit (Art 7-5): a member unit, the day it changed, an optional reason.</summary>
public sealed class OfficerForm : MyAllianceForm
{
    public Guid? UnitId { get; set; }
    public string? ChangedOn { get; set; } = TodayText;
    public string? Reason { get; set; }

    protected override IReadOnlyList<string> Fields { get; } = ["memberUnitId", "changedOn", "reason"];

    protected override FieldCheck? Check(string field) => field switch
    {
        "memberUnitId" => UnitId is null ? new FieldCheck("FieldRequired") : null,
        "changedOn" => Date(ChangedOn),
        _ => Text(Reason, 500, required: false),
    };

    public object ToRequest() => new { memberUnitId = UnitId, changedOn = ParseDate(ChangedOn), reason = Trimmed(Reason) };
}
