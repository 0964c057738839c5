using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

/// <summary>An industrial technology innovation alliance (联盟) as registered by its initiators.</summary>
public sealed class Alliance
{
    private Alliance()
    {
    }

    public Guid Id { get; private init; }
    public string Name { get; private init; } = "";
    public string IndustryField { get; private init; } = "";
    public DateTimeOffset RegisteredAt { get; private init; }

    public static Alliance Register(string? name, string? industryField, DateTimeOffset now)
    {
        var trimmedName = name?.Trim() ?? "";
        Require(trimmedName.Length > 0, AllianceRules.NameRequired);
        Require(trimmedName.Length <= AllianceRules.NameMaxLength, AllianceRules.NameTooLong);
        var field = Domain.IndustryField.Find(industryField);
        Require(field is not null, AllianceRules.UnknownIndustryField);

        return new Alliance
        {
            Id = Guid.CreateVersion7(now),
            Name = trimmedName,
            IndustryField = field!.Code,
            RegisteredAt = now.ToStoredPrecision(),
        };
    }

    private static void Require(bool condition, RuleViolation violation)
    {
        if (!condition)
        {
            throw new RuleViolationException(violation);
        }
    }
}
