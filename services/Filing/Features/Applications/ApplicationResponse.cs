using AlliancePlatform.Filing.Domain;
using AlliancePlatform.ServiceDefaults.Auth;

namespace AlliancePlatform.Filing.Features.Applications;

public sealed record StageResponse(
    Guid Id, ReviewStageKind Kind, string AssigneeRole, string? AssigneeScope, DateTimeOffset OpenedAt, DateOnly DueOn, DateTimeOffset DueAt,
    DateOnly? PausedOn, int? RemainingWorkingDaysWhenPaused, DateTimeOffset? ClosedAt, string? Decision, string? Reason, IReadOnlyList<string> Items);

public sealed record TransitionResponse(DateTimeOffset At, string ActorRole, FilingStatus? From, FilingStatus To, string Decision, string? Reason);

public sealed record AttachmentResponse(Guid Id, AttachmentKind Kind, string FileName, string ContentType, long SizeBytes, string Sha256, DateTimeOffset UploadedAt);

/// <param name="Opinion">Hidden from other experts: each gives an independent opinion.</param>
public sealed record PanelExpertResponse(
    Guid ExpertId, string Name, ExpertKind Kind, string UnitCreditCode, DateTimeOffset AssignedAt, ExpertOpinion? Opinion, string? OpinionText,
    DateTimeOffset? OpinionRecordedAt);

public sealed record NoticeResponse(Guid Id, DateOnly OpensOn, DateOnly FirstDay, DateOnly LastDay, int WorkingDays, DateTimeOffset ClosesAt, IReadOnlyList<int> YearsWithoutSchedule);

/// <param name="Name">The objector's name and <paramref name="Contact"/> details: shown to the admin division only, so that nobody can be pressed over an objection.</param>
public sealed record ObjectionResponse(
    Guid Id, DateTimeOffset FiledAt, string? Name, string? Contact, string Content, ObjectionRuling Ruling, DateTimeOffset? RuledAt, string? RulingReason);

public sealed record ApplicationResponse(
    Guid Id, Guid AllianceId, string AllianceName, string IndustryField, string Region, FilingStatus Status, string StatusName,
    DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, StageResponse? OpenStage, IReadOnlyList<StageResponse> Stages,
    IReadOnlyList<TransitionResponse> History, IReadOnlyList<AttachmentResponse> Attachments, IReadOnlyList<PanelExpertResponse> Panel,
    string? ConsolidatedOpinion, DepartmentMeetingDecision? MeetingDecision, NoticeResponse? Notice, IReadOnlyList<ObjectionResponse> Objections,
    string? FilingNumber, string? DocumentNumber, DateOnly? FiledOn)
{
    public static ApplicationResponse For(FilingApplication a, Actor viewer)
    {
        var isAdmin = viewer.Role == PlatformRoles.AdminDivision;
        var isExpert = viewer.Role == PlatformRoles.Expert;
        return new ApplicationResponse(
            a.Id, a.AllianceId, a.AllianceName, a.IndustryField, a.Region, a.Status, $"{a.Status.NameZh()} / {a.Status.NameEn()}",
            a.CreatedAt, a.SubmittedAt, a.OpenStage is { } open ? Stage(open) : null, [.. a.Stages.Select(Stage)],
            [.. a.History.Select(h => new TransitionResponse(h.At, h.ActorRole, h.From, h.To, h.Decision, h.Reason))],
            [.. a.Attachments.Select(x => new AttachmentResponse(x.Id, x.Kind, x.FileName, x.ContentType, x.SizeBytes, x.Sha256, x.UploadedAt))],
            // Who sits on the panel and what each said is for the admin division (and each expert's own): an applicant who
            // knew could approach them during the consultation.
            [.. a.Panel.Where(p => p.IsOnPanel && (isAdmin || (isExpert && p.Subject == viewer.Subject))).Select(p => new PanelExpertResponse(
                p.ExpertId, p.Name, p.Kind, p.UnitCreditCode, p.AssignedAt, p.Opinion, p.OpinionText, p.OpinionRecordedAt))],
            a.ConsolidatedOpinion, a.MeetingDecision,
            a.Notice is { } n ? new NoticeResponse(n.Id, n.OpensOn, n.FirstDay, n.LastDay, n.WorkingDays, n.ClosesAt, n.YearsWithoutSchedule) : null,
            isExpert ? [] : [.. a.Objections.Select(o => new ObjectionResponse(
                o.Id, o.FiledAt, isAdmin ? o.Name : null, isAdmin ? o.Contact : null, o.Content, o.Ruling, o.RuledAt, o.RulingReason))],
            a.FilingNumber, a.DocumentNumber, a.FiledOn);
    }

    private static StageResponse Stage(ReviewStage s) => new(
        s.Id, s.Kind, s.AssigneeRole, s.AssigneeScope, s.OpenedAt, s.DueOn, s.ClosesAt, s.PausedOn, s.RemainingWorkingDaysWhenPaused,
        s.ClosedAt, s.Decision, s.Reason, s.Items);
}

/// <summary>An application in a list: enough for an inbox, overdue first.</summary>
public sealed record ApplicationSummary(
    Guid Id, Guid AllianceId, string AllianceName, string IndustryField, string Region, FilingStatus Status, string StatusName,
    ReviewStageKind? OpenStage, string? AssigneeRole, DateOnly? DueOn, bool Overdue, DateTimeOffset CreatedAt);
