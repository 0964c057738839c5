namespace AlliancePlatform.Portal.Features.MyAlliances;

/// <summary>
/// A unit joins the alliance. The unit is found by its credit code; when the platform does not know it yet it is
/// registered first, and only then are its name, type, region, legal representative and contact required. Two writes,
/// so two keys, both kept until the unit has joined: a retry after the registration went through finds the unit.
/// </summary>
public sealed class AddMemberForm : MyAllianceForm
{
    public string? CreditCode { get; set; }
    public string? Name { get; set; }
    public string? Type { get; set; }
    public string? RegisteredRegion { get; set; }
    public string? LegalRepresentative { get; set; }
    public string? ContactPerson { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? JoinedOn { get; set; } = TodayText;
    public string? Reason { get; set; }

    /// <summary>Set when the credit code is not registered yet: the unit's details become required.</summary>
    public bool RegistersUnit { get; set; }

    public string RegistrationKey { get; } = NewKey();

    protected override IReadOnlyList<string> Fields { get; } =
    [
        "creditCode", "name", "type", "registeredRegion", "legalRepresentative", "contactPerson", "contactPhone", "contactEmail",
        "joinedOn", "reason", "memberUnitId",
    ];

    protected override FieldCheck? Check(string field) => field switch
    {
        "creditCode" => string.IsNullOrWhiteSpace(CreditCode) ? new FieldCheck("FieldRequired")
            : NormalizedCreditCode.Length != 18 ? new FieldCheck("MyAllianceCreditCodeLength") : null,
        "joinedOn" => Date(JoinedOn),
        "reason" => Text(Reason, 500, required: false),
        _ when !RegistersUnit => null,
        "name" => Text(Name, 100),
        "type" => string.IsNullOrEmpty(Type) ? new FieldCheck("FieldRequired") : null,
        "registeredRegion" => string.IsNullOrWhiteSpace(RegisteredRegion) ? new FieldCheck("FieldRequired")
            : RegisteredRegion.Trim().Length != 6 || !RegisteredRegion.Trim().All(char.IsAsciiDigit) ? new FieldCheck("MyAllianceRegionInvalid") : null,
        "legalRepresentative" => Text(LegalRepresentative, 50),
        "contactPerson" => Text(ContactPerson, 50),
        "contactPhone" => Text(ContactPhone, 30),
        "contactEmail" => Text(ContactEmail, 254, required: false),
        _ => null,
    };

    public string NormalizedCreditCode => (CreditCode ?? "").Trim().ToUpperInvariant();

    public object ToUnitRequest() => new
    {
        creditCode = NormalizedCreditCode,
        unit = new
        {
            name = Name!.Trim(),
            type = Type,
            registeredRegion = RegisteredRegion!.Trim(),
            legalRepresentative = LegalRepresentative!.Trim(),
            contactPerson = ContactPerson!.Trim(),
            contactPhone = ContactPhone!.Trim(),
            contactEmail = Trimmed(ContactEmail),
        },
    };

    public object ToJoinRequest(Guid unitId) => new { memberUnitId = unitId, joinedOn = ParseDate(JoinedOn), reason = Trimmed(Reason) };
}
