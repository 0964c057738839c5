using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Reporting.Domain.RuleChecks;

namespace AlliancePlatform.Reporting.Domain;

/// <summary>
/// An alliance's annual report on one year (年度报告, Art 13): written by the alliance, reviewed by the secretariat, who
/// returns it for changes (as often as needed) or accepts it. draft → submitted → (returned → submitted)* → accepted.
/// Whether it was on time is judged by its first submission (<see cref="FirstSubmittedAt"/>).
/// </summary>
public sealed class AnnualReport
{
    private const string Art13 = "Art 13";

    private static readonly AnnualReportState[] Editable = [AnnualReportState.Draft, AnnualReportState.Returned];

    private readonly List<ReportAttachment> _attachments = [];
    private readonly List<ReportTransition> _history = [];
    private readonly List<IReportingEvent> _domainEvents = [];

    private AnnualReport()
    {
    }

    public Guid Id { get; private set; }
    public Guid AllianceId { get; private set; }
    /// <summary>The year reported on.</summary>
    public int Year { get; private set; }
    public AnnualReportState State { get; private set; }
    public ReportContent Content { get; private set; } = ReportContent.Empty;
    /// <summary>The free-text summary of the year's work; required to submit.</summary>
    public string? Summary { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>The first submission: the one the deadline is judged by, never changed by a resubmission.</summary>
    public DateTimeOffset? FirstSubmittedAt { get; private set; }
    public DateTimeOffset? LastSubmittedAt { get; private set; }
    /// <summary>Why the secretariat last returned it; cleared on resubmission (the history keeps it).</summary>
    public string? ReturnReason { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }

    public IReadOnlyList<ReportAttachment> Attachments => _attachments;
    /// <summary>Every transition, in order, from creation on. Never edited.</summary>
    public IReadOnlyList<ReportTransition> History => _history;
    /// <summary>Events raised since the aggregate was created or loaded, for the service layer to publish with its save.</summary>
    public IReadOnlyList<IReportingEvent> DomainEvents => _domainEvents;

    public bool IsAccepted => State == AnnualReportState.Accepted;

    /// <summary>Accepted, and showing no joint project, no activity and no achievement transfer (Art 14).</summary>
    public bool IsAcceptedWithoutActivity => IsAccepted && !Content.ShowsActivity;

    /// <summary>The alliance starts its report on a year it owes one for; drafting may begin during the year, not before it.</summary>
    public static AnnualReport Start(Actor actor, ReportingObligation obligation, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.Applicant, Art13);
        ArgumentNullException.ThrowIfNull(obligation);
        Require(now >= ChinaTime.StartOf(new DateOnly(obligation.Year, 1, 1)), AnnualReportRules.YearNotStarted);

        var report = new AnnualReport
        {
            Id = Guid.CreateVersion7(now),
            AllianceId = obligation.AllianceId,
            Year = obligation.Year,
            State = AnnualReportState.Draft,
            CreatedAt = now.Stored(),
            UpdatedAt = now.Stored(),
        };
        report._history.Add(ReportTransition.Record(actor, null, AnnualReportState.Draft, ReportDecisions.Created, null, now));
        return report;
    }

    /// <summary>The alliance writes the figures and the summary, while the report is a draft or returned.</summary>
    public void Revise(Actor actor, ReportContent content, string? summary, DateTimeOffset now)
    {
        RequireWritable(actor);
        ArgumentNullException.ThrowIfNull(content);
        var problems = AnnualReportRules.Problems(content);
        if (problems.Count > 0)
        {
            throw new RuleViolationException(AnnualReportRules.ContentInvalid(problems));
        }

        Content = content;
        Summary = OptionalText(summary, AnnualReportRules.SummaryMaxLength);
        UpdatedAt = now.Stored();
    }

    public void AddAttachment(Actor actor, ReportAttachment attachment, DateTimeOffset now)
    {
        RequireWritable(actor);
        ArgumentNullException.ThrowIfNull(attachment);
        Require(IsWellFormed(attachment), AnnualReportRules.AttachmentInvalid);
        Require(_attachments.All(a => a.Id != attachment.Id), AnnualReportRules.AttachmentAlreadyAdded);
        Require(_attachments.Count < AnnualReportRules.MaxAttachments, AnnualReportRules.TooManyAttachments);

        _attachments.Add(attachment with { FileName = attachment.FileName.Trim(), UploadedAt = attachment.UploadedAt.Stored() });
        UpdatedAt = now.Stored();
    }

    public void RemoveAttachment(Actor actor, Guid attachmentId, DateTimeOffset now)
    {
        RequireWritable(actor);
        var index = _attachments.FindIndex(a => a.Id == attachmentId);
        Require(index >= 0, AnnualReportRules.AttachmentNotFound);

        _attachments.RemoveAt(index);
        UpdatedAt = now.Stored();
    }

    /// <summary>
    /// The alliance submits the report (Art 13), once the year has ended; again after a return. The first submission
    /// is kept: the deadline is judged by it.
    /// </summary>
    public void Submit(Actor actor, DateTimeOffset now)
    {
        RequireWritable(actor);
        Require(now >= ChinaTime.StartOf(new DateOnly(Year + 1, 1, 1)), AnnualReportRules.YearNotEnded);
        Require(!string.IsNullOrWhiteSpace(Summary), AnnualReportRules.SummaryRequired);

        var resubmission = FirstSubmittedAt is not null;
        FirstSubmittedAt ??= now.Stored();
        LastSubmittedAt = now.Stored();
        ReturnReason = null;
        UpdatedAt = now.Stored();
        MoveTo(AnnualReportState.Submitted, actor, resubmission ? ReportDecisions.Resubmitted : ReportDecisions.Submitted, null, now);
        Raise(new AnnualReportSubmitted(Id, AllianceId, Year, resubmission, now.Stored()));
    }

    /// <summary>The secretariat returns the report for changes, saying why (Art 4-3, 13).</summary>
    public void Return(Actor actor, string? reason, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.Secretariat, Art13);
        RequireState(AnnualReportState.Submitted);
        var why = RequiredText(reason, ReportingRules.ReasonRequired);

        ReturnReason = why;
        UpdatedAt = now.Stored();
        MoveTo(AnnualReportState.Returned, actor, ReportDecisions.Returned, why, now);
        Raise(new AnnualReportReturned(Id, AllianceId, Year, why, now.Stored()));
    }

    /// <summary>The secretariat accepts the report (Art 4-3, 13); whether it shows activity then decides on yellow cards (Art 14).</summary>
    public void Accept(Actor actor, string? comment, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.Secretariat, Art13);
        RequireState(AnnualReportState.Submitted);
        var note = OptionalText(comment);

        AcceptedAt = now.Stored();
        UpdatedAt = now.Stored();
        MoveTo(AnnualReportState.Accepted, actor, ReportDecisions.Accepted, note, now);
        Raise(new AnnualReportAccepted(Id, AllianceId, Year, Content, now.Stored()));
    }

    /// <summary>The status of the year this report is on (Art 13), judged by its first submission.</summary>
    public ReportingStanding StandingAt(ReportingObligation obligation, DateTimeOffset now, IWorkingDayCounter calendar)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        if (obligation.AllianceId != AllianceId || obligation.Year != Year)
        {
            throw new ArgumentException("The obligation is for another alliance or year.", nameof(obligation));
        }
        return obligation.StandingAt(FirstSubmittedAt, now, calendar);
    }

    public void ClearDomainEvents() => _domainEvents.Clear();

    private void RequireWritable(Actor actor)
    {
        RequireRole(actor, PlatformRoles.Applicant, Art13);
        RequireState(Editable);
    }

    private void RequireState(params AnnualReportState[] expected)
    {
        if (!expected.Contains(State))
        {
            throw new RuleViolationException(AnnualReportRules.WrongState(State, Art13, expected));
        }
    }

    private static bool IsWellFormed(ReportAttachment attachment) =>
        attachment.Id != Guid.Empty
        && !string.IsNullOrWhiteSpace(attachment.FileName) && attachment.FileName.Trim().Length <= AnnualReportRules.FileNameMaxLength
        && !string.IsNullOrWhiteSpace(attachment.ContentType)
        && attachment.SizeBytes > 0
        && attachment.Sha256 is { Length: 64 } sha && sha.All(char.IsAsciiHexDigit)
        && !string.IsNullOrWhiteSpace(attachment.UploadedBy);

    private void MoveTo(AnnualReportState to, Actor actor, string decision, string? reason, DateTimeOffset now)
    {
        _history.Add(ReportTransition.Record(actor, State, to, decision, reason, now));
        State = to;
    }

    private void Raise(IReportingEvent domainEvent) => _domainEvents.Add(domainEvent);
}
