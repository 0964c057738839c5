using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Filing.Domain;

/// <summary>The rules of the department meeting decision (Art 11-6), the public notice and its objections (Art 11-7) and filing (Art 11-8).</summary>
public static class PublicNoticeRules
{
    public const int ContactMaxLength = 200;
    public const int NumberMaxLength = 100;

    public static readonly RuleViolation MeetingReferenceRequired = new(
        "filing.meeting_reference_required", "Art 11-6", "请填写审议的厅会议（会议名称或纪要编号）。",
        "Name the department meeting that decided (its title or minutes number).");

    public static readonly RuleViolation MeetingInFuture = new(
        "filing.meeting_in_future", "Art 11-6", "厅会议日期不能晚于今天。", "The department meeting cannot be dated after today.");

    public static readonly RuleViolation NoticeClosed = new(
        "filing.notice_closed", "Art 11-7", "公示期已结束，不再受理异议。",
        "The public notice has closed; objections are no longer accepted.", RuleKind.Conflict);

    public static readonly RuleViolation ObjectorRequired = new(
        "filing.objector_required", "Art 11-7", "提出异议请留下姓名和联系方式。", "Give your name and how to contact you with the objection.");

    public static readonly RuleViolation ObjectionContentRequired = new(
        "filing.objection_content_required", "Art 11-7", "请写明异议的内容和理由。", "Write what you object to and why.");

    public static readonly RuleViolation ObjectionNotFound = new(
        "filing.objection_not_found", "Art 11-7", "本申请没有该异议。", "The application has no such objection.");

    public static readonly RuleViolation ObjectionAlreadyRuled = new(
        "filing.objection_already_ruled", "Art 11-7", "该异议已处理，处理结果不能更改。",
        "The objection has already been ruled on; the ruling cannot be changed.", RuleKind.Conflict);

    public static readonly RuleViolation NoticeStillOpen = new(
        "filing.notice_still_open", "Art 11-7", "公示期尚未结束，暂不能备案。",
        "The public notice is still running; the alliance cannot be filed yet.", RuleKind.Conflict);

    public static readonly RuleViolation ObjectionsPending = new(
        "filing.objections_pending", "Art 11-8", "尚有异议未处理，处理完毕后方可备案。",
        "Objections are still waiting for a ruling; the alliance can be filed once they are ruled on.", RuleKind.Conflict);

    public static readonly RuleViolation NumbersRequired = new(
        "filing.numbers_required", "Art 11-8", "备案须有备案编号和发文文号。", "Filing needs a filing number and a document number.");
}
