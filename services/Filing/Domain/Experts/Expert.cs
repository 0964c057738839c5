using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Filing.Domain.RuleChecks;

namespace AlliancePlatform.Filing.Domain;

/// <summary>
/// An expert the admin division may call to a consultation (Art 11-5): a platform account with the expert role, the
/// kind of expertise, and the unit they work for, which decides conflicts of interest.
/// </summary>
public sealed class Expert
{
    private Expert()
    {
    }

    public Guid Id { get; private init; }
    /// <summary>The expert's platform account (the token's <c>preferred_username</c>).</summary>
    public string AccountName { get; private init; } = "";
    public string Name { get; private set; } = "";
    public ExpertKind Kind { get; private set; }
    public string UnitCreditCode { get; private set; } = "";
    public string UnitName { get; private set; } = "";
    public string? Specialty { get; private set; }
    public DateTimeOffset RegisteredAt { get; private init; }

    public static Expert Register(string? accountName, string? name, ExpertKind kind, string? unitCreditCode, string? unitName, string? specialty, DateTimeOffset now)
    {
        Require(!string.IsNullOrWhiteSpace(accountName), ExpertRules.AccountRequired);
        Require(!string.IsNullOrWhiteSpace(name), ExpertRules.NameRequired);
        Require(Enum.IsDefined(kind), ExpertRules.KindUnknown);
        Require(unitCreditCode?.Trim() is { Length: 18 }, ExpertRules.UnitCreditCodeInvalid);
        Require(!string.IsNullOrWhiteSpace(unitName), ExpertRules.UnitNameRequired);
        return new Expert
        {
            Id = Guid.CreateVersion7(now),
            AccountName = accountName!.Trim(),
            Name = name!.Trim(),
            Kind = kind,
            UnitCreditCode = unitCreditCode!.Trim().ToUpperInvariant(),
            UnitName = unitName!.Trim(),
            Specialty = string.IsNullOrWhiteSpace(specialty) ? null : specialty.Trim(),
            RegisteredAt = now.ToStoredPrecision(),
        };
    }

    public ExpertCandidate AsCandidate() => new(Id, AccountName, Name, Kind, UnitCreditCode);
}

public static class ExpertRules
{
    private const string Article = "Art 11-5";

    public static readonly RuleViolation AccountRequired = new(
        "expert.account_required", Article, "请填写专家的平台账号。", "Give the expert's platform account name.");
    public static readonly RuleViolation NameRequired = new(
        "expert.name_required", Article, "请填写专家姓名。", "Give the expert's name.");
    public static readonly RuleViolation KindUnknown = new(
        "expert.kind_unknown", Article, "专家类别应为科技管理专家或行业技术专家。",
        "The expert is either a science and technology management expert or an industry expert.");
    public static readonly RuleViolation UnitCreditCodeInvalid = new(
        "expert.unit_credit_code_invalid", Article, "请填写专家所在单位的18位统一社会信用代码，用于回避审查。",
        "Give the 18-character unified social credit code of the expert's unit; it is used to check conflicts of interest.");
    public static readonly RuleViolation UnitNameRequired = new(
        "expert.unit_name_required", Article, "请填写专家所在单位名称。", "Give the name of the expert's unit.");
}
