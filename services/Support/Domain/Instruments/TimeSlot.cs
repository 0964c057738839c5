using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Support.Domain.RuleChecks;

namespace AlliancePlatform.Support.Domain;

/// <summary>A period of use [Start, End): a slot ending at 10:00 and one starting at 10:00 do not overlap.</summary>
public sealed record TimeSlot
{
    public TimeSlot(DateTimeOffset start, DateTimeOffset end)
    {
        Start = start.Stored();
        End = end.Stored();
        Require(End > Start, InstrumentRules.SlotEmpty);
    }

    public DateTimeOffset Start { get; }
    public DateTimeOffset End { get; }

    public bool Overlaps(TimeSlot other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start < other.End && other.Start < End;
    }
}

public static class InstrumentRules
{
    public static readonly RuleViolation NameRequired = new(
        "support.instrument_name_required", "Art 25", "请填写仪器设备名称。", "Name the instrument.");

    public static readonly RuleViolation LocationRequired = new(
        "support.instrument_location_required", "Art 25", "请填写仪器设备所在地点。", "Say where the instrument is.");

    public static readonly RuleViolation BookingRulesRequired = new(
        "support.instrument_booking_rules_required", "Art 25", "请填写预约使用规则（开放时间、收费、操作要求等）。",
        "State the booking rules (opening hours, fees, operating requirements).");

    public static readonly RuleViolation PurposeRequired = new(
        "support.booking_purpose_required", "Art 25", "请填写使用目的（检测项目、样品等）。", "Say what the instrument will be used for.");

    public static readonly RuleViolation InstrumentWithdrawn = new(
        "support.instrument_withdrawn", "Art 25", "该仪器设备已停止对联盟成员开放。", "The instrument is no longer open to members.", RuleKind.Conflict);

    public static readonly RuleViolation SlotEmpty = new(
        "support.slot_empty", "Art 25", "预约结束时间须晚于开始时间。", "A booking ends after it starts.");

    public static readonly RuleViolation SlotInPast = new(
        "support.slot_in_past", "Art 25", "不能预约已经开始的时段。", "A slot that has already started cannot be booked.");

    public static readonly RuleViolation SlotTaken = new(
        "support.slot_taken", "Art 25", "该时段与已批准的预约重叠，请另选时段。",
        "The slot overlaps a booking already approved; choose another.", RuleKind.Conflict);

    public static readonly RuleViolation NotAFellowMember = new(
        "support.not_a_fellow_member", "Art 25", "只有与仪器所属单位同在一个联盟的成员单位才能预约。",
        "Only a member unit of an alliance the owner also belongs to can book the instrument.", RuleKind.Conflict);

    public static readonly RuleViolation NotRequested = new(
        "support.booking_not_requested", "Art 25", "该预约已处理，不能再批准或拒绝。", "The booking has already been answered.", RuleKind.Conflict);

    public static readonly RuleViolation NotCancellable = new(
        "support.booking_not_cancellable", "Art 25", "该预约已被拒绝或取消。", "The booking was declined or cancelled already.", RuleKind.Conflict);

    public static readonly RuleViolation NotTheRequester = new(
        "support.not_the_requester", "Art 25", "只有提出预约的单位才能取消预约。", "Only the unit that asked for the booking can cancel it.", RuleKind.Conflict);
}
