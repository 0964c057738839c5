namespace AlliancePlatform.Portal.Features.MyAlliances;

/// <summary>A member unit's legal representative signs the current charter version (Art 6-2); one form per member row.</summary>
public sealed class SignatureForm : MyAllianceForm
{
    public string? SignerName { get; set; }
    public string? SignedOn { get; set; } = TodayText;

    protected override IReadOnlyList<string> Fields { get; } = ["signerName", "signedOn"];

    protected override FieldCheck? Check(string field) => field == "signerName" ? Text(SignerName, 50) : Date(SignedOn);

    public object ToRequest(Guid unitId) => new { memberUnitId = unitId, signerName = SignerName!.Trim(), signedOn = ParseDate(SignedOn) };
}
