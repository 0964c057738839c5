using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Filing.Domain.RuleChecks;

namespace AlliancePlatform.Filing.Domain;

/// <summary>
/// An alliance's application for provincial filing (备案申请, Art 10-12): its materials, the stages it passes through
/// (domain.md §3, the state diagram), and the record of every decision taken on it.
/// </summary>
public sealed partial class FilingApplication
{
    private const string Art11 = "Art 11";
    private const string Art11_1 = "Art 11-1";
    private const string Art11_2 = "Art 11-2";
    private const string Art11_3 = "Art 11-3";
    private const string Art11_4 = "Art 11-4";
    private const string Art11_5 = "Art 11-5";
    private const string Art11_6 = "Art 11-6";
    private const string Art11_7 = "Art 11-7";
    private const string Art11_8 = "Art 11-8";
    private const string Art12 = "Art 12";
    private const int IndustryFieldMaxLength = 50;

    private readonly List<ReviewStage> _stages = [];
    private readonly List<FilingTransition> _history = [];
    private readonly List<IFilingEvent> _domainEvents = [];

    private FilingApplication()
    {
    }

    public Guid Id { get; private init; }
    public Guid AllianceId { get; private init; }
    /// <summary>The alliance's name when the application was created.</summary>
    public string AllianceName { get; private init; } = "";
    public string IndustryField { get; private init; } = "";
    /// <summary>The applicant's region, a GB/T 2260 code: it routes the application to its recommender (Art 11-2).</summary>
    public string Region { get; private init; } = "";
    /// <summary>The credit code of the unit that created the application.</summary>
    public string ApplicantOrganization { get; private init; } = "";
    public DateTimeOffset CreatedAt { get; private init; }
    public FilingStatus Status { get; private set; }
    /// <summary>When the application was last submitted for recommendation.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }
    /// <summary>When Membership assessed the eligibility the last submission relied on (Art 6).</summary>
    public DateTimeOffset? EligibilityAssessedAt { get; private set; }

    /// <summary>Every stage opened so far, in order; at most one is open at a time.</summary>
    public IReadOnlyList<ReviewStage> Stages => _stages;
    /// <summary>Every transition, in order, from creation on. Never edited.</summary>
    public IReadOnlyList<FilingTransition> History => _history;
    /// <summary>Events raised since the aggregate was created or loaded, for the service layer to publish with its save.</summary>
    public IReadOnlyList<IFilingEvent> DomainEvents => _domainEvents;

    /// <summary>The stage that is running now (not closed, not paused); null in draft, returned and the closed states.</summary>
    public ReviewStage? OpenStage => _stages.LastOrDefault(s => s.IsOpen);

    public bool IsClosed => Status.IsTerminal();

    /// <summary>The open stage's last working day has passed (China time).</summary>
    public bool IsOverdue(DateTimeOffset now) => OpenStage is { } stage && ChinaTime.DateOf(now) > stage.DueOn;

    /// <summary>An applicant of <paramref name="applicant"/>'s unit starts an application for the alliance (Art 10, 11-1).</summary>
    public static FilingApplication Create(
        Actor applicant, Guid allianceId, string? allianceName, string? industryField, string? region, DateTimeOffset now)
    {
        RequireRole(applicant, PlatformRoles.Applicant, Art11_1);
        Require(!string.IsNullOrWhiteSpace(applicant.Organization), FilingApplicationRules.OrganizationRequired);
        Require(allianceId != Guid.Empty, FilingApplicationRules.AllianceRequired);
        var name = RequiredText(allianceName, FilingApplicationRules.AllianceRequired, FilingApplicationRules.NameMaxLength);
        var field = RequiredText(industryField, FilingApplicationRules.IndustryFieldRequired, IndustryFieldMaxLength);
        var regionCode = region?.Trim() ?? "";
        Require(IsRegionCode(regionCode), FilingApplicationRules.RegionInvalid);

        var application = new FilingApplication
        {
            Id = Guid.CreateVersion7(now),
            AllianceId = allianceId,
            AllianceName = name,
            IndustryField = field,
            Region = regionCode,
            ApplicantOrganization = applicant.Organization!.Trim(),
            CreatedAt = now.ToStoredPrecision(),
            Status = FilingStatus.Draft,
        };
        application._history.Add(FilingTransition.Record(applicant, null, FilingStatus.Draft, FilingDecisions.Created, null, now));
        return application;
    }

    public void ClearDomainEvents() => _domainEvents.Clear();

    private static bool IsRegionCode(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);

    private static void RequireRole(Actor actor, string role, string article)
    {
        if (actor.Role != role)
        {
            throw new RuleViolationException(FilingApplicationRules.WrongRole(role, article));
        }
    }

    private void RequireOpen()
    {
        if (Status.IsTerminal())
        {
            throw new RuleViolationException(FilingApplicationRules.NotOpen(Status));
        }
    }

    /// <summary>The application is open and in one of <paramref name="expected"/>.</summary>
    private void RequireStatus(string article, params FilingStatus[] expected)
    {
        RequireOpen();
        if (!expected.Contains(Status))
        {
            throw new RuleViolationException(FilingApplicationRules.WrongState(Status, article, expected));
        }
    }

    private void MoveTo(FilingStatus to, Actor actor, string decision, string? reason, DateTimeOffset now)
    {
        _history.Add(FilingTransition.Record(actor, Status, to, decision, reason, now));
        Status = to;
    }

    private ReviewStage StartStage(
        ReviewStageKind kind, string assigneeRole, string? assigneeScope, DateOnly dueOn, DateTimeOffset now, IEnumerable<string>? items = null)
    {
        var stage = ReviewStage.Open(kind, assigneeRole, assigneeScope, dueOn, now, items);
        _stages.Add(stage);
        return stage;
    }

    /// <summary>The last working day of a stage of <paramref name="workingDays"/> opening today.</summary>
    private static DateOnly DueOn(IWorkingDays calendar, DateTimeOffset now, int workingDays) =>
        calendar.Window(ChinaTime.DateOf(now), workingDays).LastDay;

    /// <summary>The unclosed (open or paused) stage of this kind; the state machine guarantees there is one.</summary>
    private ReviewStage Stage(ReviewStageKind kind) =>
        _stages.LastOrDefault(s => s.Kind == kind && !s.IsClosed)
        ?? throw new InvalidOperationException($"Application {Id} in state {Status} has no unclosed {kind} stage.");

    /// <summary>Closes the stage with a decision that moves the application on, and says so.</summary>
    private void CompleteStage(ReviewStageKind kind, string decision, string? reason, Actor actor, DateTimeOffset now)
    {
        Stage(kind).Close(decision, reason, actor, now);
        Raise(new StageCompleted(Id, AllianceId, kind, decision, reason, now.ToStoredPrecision()));
    }

    /// <summary>Closes every stage still open or paused, when the application ends.</summary>
    private void CloseUnclosedStages(string decision, string? reason, Actor actor, DateTimeOffset now)
    {
        foreach (var stage in _stages.Where(s => !s.IsClosed))
        {
            stage.Close(decision, reason, actor, now);
        }
    }

    private void Reject(ReviewStageKind atStage, Actor actor, string reason, DateTimeOffset now)
    {
        CloseUnclosedStages(FilingDecisions.Rejected, reason, actor, now);
        MoveTo(FilingStatus.Rejected, actor, FilingDecisions.Rejected, reason, now);
        Raise(new ApplicationRejected(Id, AllianceId, atStage, reason, now.ToStoredPrecision()));
    }

    private void Raise(IFilingEvent domainEvent) => _domainEvents.Add(domainEvent);
}
