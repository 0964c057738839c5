using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Filing.Domain.RuleChecks;

namespace AlliancePlatform.Filing.Domain;

/// <summary>
/// The department meeting's decision (Art 11-6), the public notice of at least 5 working days with its objections
/// (Art 11-7), and filing once the notice closes without an upheld objection (Art 11-8).
/// </summary>
public sealed partial class FilingApplication
{
    private readonly List<Objection> _objections = [];

    public DepartmentMeetingDecision? MeetingDecision { get; private set; }
    public PublicNotice? Notice { get; private set; }
    public IReadOnlyList<Objection> Objections => _objections;
    public string? FilingNumber { get; private set; }
    /// <summary>The document that published the filing, e.g. 黑科发〔2026〕12号.</summary>
    public string? DocumentNumber { get; private set; }
    public DateOnly? FiledOn { get; private set; }

    /// <summary>
    /// Records the department meeting's decision on the filing opinion (Art 11-6). Approved: the application passes
    /// through <see cref="FilingStatus.Approved"/> into the public notice, which opens today (Art 11-7).
    /// </summary>
    public void Decide(Actor actor, DepartmentMeetingDecision decision, DateTimeOffset now, IWorkingDays calendar, FilingDeadlines deadlines)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Art11_6);
        RequireStatus(Art11_6, FilingStatus.ExpertConsulted);
        var today = ChinaTime.DateOf(now);
        var meeting = RequiredText(decision.MeetingReference, PublicNoticeRules.MeetingReferenceRequired, FilingApplicationRules.NameMaxLength);
        Require(decision.MeetingOn <= today, PublicNoticeRules.MeetingInFuture);
        var reason = decision.Approved ? OptionalText(decision.Reason) : RequiredText(decision.Reason, FilingApplicationRules.ReasonRequired);

        MeetingDecision = decision with { MeetingReference = meeting, Reason = reason ?? "" };
        if (!decision.Approved)
        {
            Reject(ReviewStageKind.FilingDecision, actor, reason!, now);
            return;
        }

        CompleteStage(ReviewStageKind.FilingDecision, FilingDecisions.Approved, reason, actor, now);
        MoveTo(FilingStatus.Approved, actor, FilingDecisions.Approved, reason, now);
        var window = calendar.Window(today, deadlines.NoticeWorkingDays);
        Notice = PublicNotice.Start(window, now);
        StartStage(ReviewStageKind.PublicNotice, PlatformRoles.AdminDivision, null, window.LastDay, now);
        MoveTo(FilingStatus.PublicNotice, actor, FilingDecisions.NoticeStarted, null, now);
        Raise(new PublicNoticeStarted(Id, AllianceId, Notice, now.ToStoredPrecision()));
    }

    /// <summary>Anyone may object while the notice is open (Art 11-7); no sign-in is needed.</summary>
    public Objection FileObjection(ObjectionSubmission submission, DateTimeOffset now)
    {
        RequireStatus(Art11_7, FilingStatus.PublicNotice);
        Require(RunningNotice.IsOpenAt(now), PublicNoticeRules.NoticeClosed);
        var name = RequiredText(submission.Name, PublicNoticeRules.ObjectorRequired, FilingApplicationRules.NameMaxLength);
        var contact = RequiredText(submission.Contact, PublicNoticeRules.ObjectorRequired, PublicNoticeRules.ContactMaxLength);
        var content = RequiredText(submission.Content, PublicNoticeRules.ObjectionContentRequired);

        var objection = Objection.File(name, contact, content, now);
        _objections.Add(objection);
        Raise(new ObjectionFiled(Id, AllianceId, objection.Id, now.ToStoredPrecision()));
        return objection;
    }

    /// <summary>The admin division rules on an objection, once; an upheld objection rejects the application at once.</summary>
    public void RuleOnObjection(Actor actor, Guid objectionId, bool upheld, string? reason, DateTimeOffset now)
    {
        RequireRole(actor, PlatformRoles.AdminDivision, Art11_7);
        RequireStatus(Art11_7, FilingStatus.PublicNotice);
        var objection = _objections.FirstOrDefault(o => o.Id == objectionId);
        Require(objection is not null, PublicNoticeRules.ObjectionNotFound);
        Require(objection!.IsPending, PublicNoticeRules.ObjectionAlreadyRuled);
        var why = RequiredText(reason, FilingApplicationRules.ReasonRequired);

        objection.Rule(upheld, why, actor, now);
        if (upheld)
        {
            Reject(ReviewStageKind.PublicNotice, actor, $"公示期异议成立（异议 {objection.Id}）：{why}", now);
        }
    }

    /// <summary>The notice has closed and no objection waits for a ruling: the filing timer may file the alliance.</summary>
    public bool IsReadyToFile(DateTimeOffset now) =>
        Status == FilingStatus.PublicNotice && Notice is { } notice && !notice.IsOpenAt(now) && !_objections.Any(o => o.IsPending);

    /// <summary>Files the alliance once the notice has closed without an upheld objection (Art 11-8). Run by a timer.</summary>
    public void File(FilingNumbers numbers, DateTimeOffset now)
    {
        RequireStatus(Art11_8, FilingStatus.PublicNotice);
        Require(!RunningNotice.IsOpenAt(now), PublicNoticeRules.NoticeStillOpen);
        Require(!_objections.Any(o => o.IsPending), PublicNoticeRules.ObjectionsPending);
        var filingNumber = RequiredText(numbers.FilingNumber, PublicNoticeRules.NumbersRequired, PublicNoticeRules.NumberMaxLength);
        var documentNumber = RequiredText(numbers.DocumentNumber, PublicNoticeRules.NumbersRequired, PublicNoticeRules.NumberMaxLength);

        FilingNumber = filingNumber;
        DocumentNumber = documentNumber;
        FiledOn = numbers.FiledOn;
        Stage(ReviewStageKind.PublicNotice).Close(FilingDecisions.Filed, null, Actor.System, now);
        MoveTo(FilingStatus.Filed, Actor.System, FilingDecisions.Filed, documentNumber, now);
        Raise(new ApplicationFiled(Id, AllianceId, filingNumber, documentNumber, numbers.FiledOn, now.ToStoredPrecision()));
    }

    private PublicNotice RunningNotice =>
        Notice ?? throw new InvalidOperationException($"Application {Id} is on public notice without a notice.");
}
