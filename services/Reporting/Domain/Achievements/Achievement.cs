using AlliancePlatform.ServiceDefaults.Auth;
using static AlliancePlatform.Reporting.Domain.RuleChecks;

namespace AlliancePlatform.Reporting.Domain;

/// <summary>
/// An achievement the alliance registers with evidence (成果汇交, Art 4-3): a patent, standard, product, technology or
/// transfer contract, with its date and, for a transfer contract, its contract value.
/// </summary>
public sealed class Achievement
{
    private const string Art4_3 = "Art 4-3";

    private readonly List<Guid> _evidenceAttachmentIds = [];

    private Achievement()
    {
    }

    public Guid Id { get; private set; }
    public Guid AllianceId { get; private set; }
    public AchievementType Type { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>The day it was granted, published, launched or signed.</summary>
    public DateOnly Date { get; private set; }
    /// <summary>In yuan; required for a transfer contract (its contract value), optional otherwise.</summary>
    public decimal? Value { get; private set; }
    /// <summary>The uploaded attachments that prove it; at least one.</summary>
    public IReadOnlyList<Guid> EvidenceAttachmentIds => _evidenceAttachmentIds;
    public DateTimeOffset RegisteredAt { get; private set; }
    /// <summary>The subject of who registered it.</summary>
    public string RegisteredBy { get; private set; } = "";

    /// <summary>The alliance registers an achievement with its evidence (Art 4-3).</summary>
    public static Achievement Register(
        Actor actor, Guid allianceId, AchievementType type, string? title, DateOnly date, decimal? value,
        IReadOnlyCollection<Guid> evidenceAttachmentIds, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.Applicant, Art4_3);
        if (allianceId == Guid.Empty)
        {
            throw new ArgumentException("The alliance must be given.", nameof(allianceId));
        }
        ArgumentNullException.ThrowIfNull(evidenceAttachmentIds);

        Require(Enum.IsDefined(type), AchievementRules.TypeUnknown);
        var name = RequiredText(title, AchievementRules.TitleRequired, ReportingRules.TitleMaxLength);
        Require(date <= ChinaTime.DateOf(now), AchievementRules.DateInFuture);
        Require(value is null || IsAmount(value.Value), AchievementRules.ValueInvalid);
        Require(type != AchievementType.TransferContract || value is not null, AchievementRules.ContractValueRequired);
        Require(evidenceAttachmentIds.Count > 0, AchievementRules.EvidenceRequired);
        Require(
            evidenceAttachmentIds.Count <= AchievementRules.MaxEvidence
            && !evidenceAttachmentIds.Contains(Guid.Empty)
            && evidenceAttachmentIds.Distinct().Count() == evidenceAttachmentIds.Count,
            AchievementRules.EvidenceInvalid);

        var achievement = new Achievement
        {
            Id = Guid.CreateVersion7(now),
            AllianceId = allianceId,
            Type = type,
            Title = name,
            Date = date,
            Value = value,
            RegisteredAt = now.Stored(),
            RegisteredBy = actor.Subject,
        };
        achievement._evidenceAttachmentIds.AddRange(evidenceAttachmentIds);
        return achievement;
    }
}
