using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Filing.Domain.RuleChecks;

namespace AlliancePlatform.Filing.Domain;

/// <summary>
/// A case to revoke an alliance's provincial filing (取消备案, Art 17): opened by the admin_division or by an event
/// from another service, never a silent revocation; the admin_division decides. A case opened by an event is keyed
/// by <see cref="Source"/> and <see cref="SourceReference"/>: the same pair never opens two cases (unique in the
/// database). One open case per alliance at a time is likewise enforced by the database.
/// </summary>
public sealed class RevocationCase
{
    private RevocationCase()
    {
    }

    public Guid Id { get; private set; }
    public Guid AllianceId { get; private set; }
    public Guid FiledAllianceId { get; private set; }
    public RevocationCause Cause { get; private set; }
    public RevocationCaseSource Source { get; private set; }
    /// <summary>What triggered an automatic case, e.g. the message id or the years concerned; null for the admin_division's cases.</summary>
    public string? SourceReference { get; private set; }
    public string Grounds { get; private set; } = "";
    public DateTimeOffset OpenedAt { get; private set; }
    /// <summary>The subject of the admin_division official, or <see cref="RevocationRules.SystemActor"/>.</summary>
    public string OpenedBy { get; private set; } = "";
    public RevocationCaseStatus Status { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? DecisionReason { get; private set; }

    public bool IsOpen => Status == RevocationCaseStatus.Open;

    /// <summary>The admin_division opens a case on any Art 17 cause; the grounds are required, and specific for Art 17-5.</summary>
    public static RevocationCase OpenByAdmin(FiledAlliance filed, RevocationCause cause, string? grounds, string openedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(filed);
        ArgumentException.ThrowIfNullOrWhiteSpace(openedBy);
        if (!Enum.IsDefined(cause))
        {
            throw new ArgumentOutOfRangeException(nameof(cause), cause, null);
        }

        var text = grounds?.Trim() ?? "";
        Require(text.Length > 0, RevocationRules.GroundsRequired);
        Require(cause != RevocationCause.Other || text.Length >= RevocationRules.OtherGroundsMinLength, RevocationRules.OtherGroundsTooShort);
        Require(text.Length <= RevocationRules.GroundsMaxLength, RevocationRules.GroundsTooLong);

        return Open(filed, cause, RevocationCaseSource.AdminDivision, null, text, openedBy.Trim(), now);
    }

    /// <summary>
    /// Opens the case an event from another service calls for; the cause follows from the source
    /// (<see cref="RevocationRules.CauseFor"/>) and the grounds are written out (<see cref="RevocationRules.GeneratedGrounds"/>).
    /// </summary>
    public static RevocationCase OpenAutomatically(FiledAlliance filed, RevocationCaseSource source, string sourceReference, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(filed);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceReference);
        var reference = sourceReference.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reference.Length, RevocationRules.SourceReferenceMaxLength, nameof(sourceReference));
        var cause = RevocationRules.CauseFor(source);

        return Open(filed, cause, source, reference, RevocationRules.GeneratedGrounds(source, reference), RevocationRules.SystemActor, now);
    }

    /// <summary>The admin_division decides: revoke the filing or dismiss the case, giving the reason.</summary>
    /// <remarks>On revoke, the service revokes the <see cref="FiledAlliance"/> with this case's id in the same save.</remarks>
    public void Decide(string decidedBy, bool revoke, string? reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decidedBy);
        Require(IsOpen, RevocationRules.AlreadyDecided);
        var text = reason?.Trim() ?? "";
        Require(text.Length > 0, RevocationRules.ReasonRequired);
        Require(text.Length <= RevocationRules.ReasonMaxLength, RevocationRules.ReasonTooLong);

        Status = revoke ? RevocationCaseStatus.Revoked : RevocationCaseStatus.Dismissed;
        DecidedAt = now.ToStoredPrecision();
        DecidedBy = decidedBy.Trim();
        DecisionReason = text;
    }

    /// <summary>
    /// Decides the case and, when <paramref name="revoke"/>, revokes <paramref name="filed"/> (the entry the case is
    /// about) on the decision's date in China, so case and register change together or not at all.
    /// </summary>
    public void Decide(FiledAlliance filed, string decidedBy, bool revoke, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(filed);
        if (filed.Id != FiledAllianceId)
        {
            throw new ArgumentException("The register entry is not the one this case is about.", nameof(filed));
        }

        Require(IsOpen, RevocationRules.AlreadyDecided);
        Require(!revoke || filed.IsListedAsActive, RegisterRules.AlreadyRevoked);
        Require(!revoke || ChinaTime.DateOf(now) >= filed.FiledOn, RegisterRules.RevokedBeforeFiled);
        Decide(decidedBy, revoke, reason, now);
        if (revoke)
        {
            filed.Revoke(Id, ChinaTime.DateOf(now));
        }
    }

    private static RevocationCase Open(
        FiledAlliance filed, RevocationCause cause, RevocationCaseSource source, string? reference, string grounds, string openedBy, DateTimeOffset now)
    {
        Require(filed.IsListedAsActive, RevocationRules.NotListed);
        return new RevocationCase
        {
            Id = Guid.CreateVersion7(now),
            AllianceId = filed.AllianceId,
            FiledAllianceId = filed.Id,
            Cause = cause,
            Source = source,
            SourceReference = reference,
            Grounds = grounds,
            OpenedAt = now.ToStoredPrecision(),
            OpenedBy = openedBy,
            Status = RevocationCaseStatus.Open,
        };
    }
}
