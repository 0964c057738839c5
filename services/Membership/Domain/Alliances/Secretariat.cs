namespace AlliancePlatform.Membership.Domain;

/// <summary>The secretariat (秘书处), the alliance's executive body: office, staff and budget (Art 6-3, 7-5).</summary>
public sealed record Secretariat
{
    private Secretariat()
    {
    }

    public string OfficeAddress { get; private init; } = "";
    public int StaffCount { get; private init; }
    /// <summary>Office budget per year, in yuan.</summary>
    public decimal AnnualBudget { get; private init; }

    internal static Secretariat Create(string officeAddress, int staffCount, decimal annualBudget) =>
        new() { OfficeAddress = officeAddress, StaffCount = staffCount, AnnualBudget = annualBudget };
}
