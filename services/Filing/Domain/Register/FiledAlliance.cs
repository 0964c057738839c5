using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Domain;

/// <summary>
/// An entry in the provincial register of filed alliances (省级备案联盟名单, Art 11-8): created when a filing
/// application completes its public notice, yellow-carded and cleared as the Reporting service decides (Art 14),
/// revoked by a revocation case (Art 17). A revoked alliance may file again only as a new application, which makes a
/// new entry.
/// </summary>
public sealed class FiledAlliance
{
    private FiledAlliance()
    {
    }

    public Guid Id { get; private set; }
    public Guid AllianceId { get; private set; }
    /// <summary>The filing application that led to this entry.</summary>
    public Guid ApplicationId { get; private set; }
    /// <summary>HLJCXLM-2026-0012; see <see cref="Domain.FilingNumber"/>.</summary>
    public string FilingNumber { get; private set; } = "";
    /// <summary>The document that published the filing, 黑科发〔2026〕12号; see <see cref="Domain.DocumentNumber"/>.</summary>
    public string DocumentNumber { get; private set; } = "";
    public DateOnly FiledOn { get; private set; }
    public DateTimeOffset FiledAt { get; private set; }
    public RegisterStatus Status { get; private set; }
    /// <summary>Set exactly while <see cref="Status"/> is <see cref="RegisterStatus.YellowCarded"/>.</summary>
    public DateOnly? YellowCardedSince { get; private set; }
    public DateOnly? RevokedOn { get; private set; }
    public Guid? RevocationCaseId { get; private set; }

    /// <summary>The alliance's name as the register shows it; see <see cref="Relist"/>.</summary>
    public string Name { get; private set; } = "";
    public string IndustryField { get; private set; } = "";
    /// <summary>GB/T 2260 code of the chair unit's region.</summary>
    public string Region { get; private set; } = "";
    public string? ChairUnit { get; private set; }

    /// <summary>Whether the register lists the alliance (yellow-carded alliances are listed, marked as such).</summary>
    public bool IsListedAsActive => Status != RegisterStatus.Revoked;

    public static FiledAlliance File(
        Guid allianceId, Guid applicationId, AllianceListing listing, FilingNumber filingNumber, DocumentNumber documentNumber, DateOnly filedOn,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(filingNumber);
        ArgumentNullException.ThrowIfNull(documentNumber);
        if (allianceId == Guid.Empty || applicationId == Guid.Empty)
        {
            throw new ArgumentException("The alliance and the application must be given.", allianceId == Guid.Empty ? nameof(allianceId) : nameof(applicationId));
        }

        if (filedOn > ChinaTime.DateOf(now))
        {
            throw new RuleViolationException(RegisterRules.FiledOnInFuture);
        }

        var entry = new FiledAlliance
        {
            Id = Guid.CreateVersion7(now),
            AllianceId = allianceId,
            ApplicationId = applicationId,
            FilingNumber = filingNumber.ToString(),
            DocumentNumber = documentNumber.ToString(),
            FiledOn = filedOn,
            FiledAt = now.ToStoredPrecision(),
            Status = RegisterStatus.Active,
        };
        entry.Relist(listing);
        return entry;
    }

    /// <summary>Shows the alliance as Membership now describes it (renamed, another chair unit elected).</summary>
    public void Relist(AllianceListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        Name = listing.Name;
        IndustryField = listing.IndustryField;
        Region = listing.Region;
        ChairUnit = listing.ChairUnit;
    }

    /// <summary>When Reporting last issued or lifted a yellow card: an older decision arriving later is ignored.</summary>
    public DateTimeOffset? YellowCardDecidedAt { get; private set; }

    /// <summary>
    /// Shows the alliance with a yellow card from <paramref name="since"/> (Art 14), as Reporting decided at
    /// <paramref name="decidedAt"/>. Driven by events, so idempotent: false, changing nothing, when it already has one,
    /// has been revoked, or a later decision has been applied.
    /// </summary>
    public bool IssueYellowCard(DateOnly since, DateTimeOffset decidedAt)
    {
        if (Status != RegisterStatus.Active || IsSuperseded(decidedAt))
        {
            return false;
        }

        Status = RegisterStatus.YellowCarded;
        YellowCardedSince = since;
        YellowCardDecidedAt = decidedAt;
        return true;
    }

    /// <summary>Lifts the yellow card (Art 14); false, changing nothing, when there is none to lift or a later decision was applied.</summary>
    public bool LiftYellowCard(DateTimeOffset decidedAt)
    {
        if (Status != RegisterStatus.YellowCarded || IsSuperseded(decidedAt))
        {
            return false;
        }

        Status = RegisterStatus.Active;
        YellowCardedSince = null;
        YellowCardDecidedAt = decidedAt;
        return true;
    }

    /// <summary>The latest published activity grade (Art 23), A to D; null until a campaign has graded the alliance.</summary>
    public string? LatestGrade { get; private set; }
    public int? LatestGradeYear { get; private set; }
    public DateTimeOffset? LatestGradePublishedAt { get; private set; }

    /// <summary>
    /// Shows the grade an evaluation campaign published (Art 23). Driven by events, so idempotent: false, changing
    /// nothing, for a grade published before the one shown (a late or repeated message).
    /// </summary>
    public bool ShowGrade(string grade, int campaignYear, DateTimeOffset publishedAt)
    {
        if (grade is not ("A" or "B" or "C" or "D"))
        {
            throw new ArgumentException("A grade is A, B, C or D.", nameof(grade));
        }
        if (LatestGradePublishedAt is { } shown && shown >= publishedAt)
        {
            return false;
        }

        LatestGrade = grade;
        LatestGradeYear = campaignYear;
        LatestGradePublishedAt = publishedAt.ToStoredPrecision();
        return true;
    }

    private bool IsSuperseded(DateTimeOffset decidedAt) => YellowCardDecidedAt is { } last && last >= decidedAt;

    /// <summary>Revokes the filing as revocation case <paramref name="caseId"/> decided (取消备案, Art 17).</summary>
    public void Revoke(Guid caseId, DateOnly on)
    {
        if (caseId == Guid.Empty)
        {
            throw new ArgumentException("The revocation case must be given.", nameof(caseId));
        }

        if (Status == RegisterStatus.Revoked)
        {
            throw new RuleViolationException(RegisterRules.AlreadyRevoked);
        }

        if (on < FiledOn)
        {
            throw new RuleViolationException(RegisterRules.RevokedBeforeFiled);
        }

        Status = RegisterStatus.Revoked;
        YellowCardedSince = null;
        RevokedOn = on;
        RevocationCaseId = caseId;
    }
}
