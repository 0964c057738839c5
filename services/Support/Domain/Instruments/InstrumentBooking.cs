using static AlliancePlatform.Support.Domain.RuleChecks;

namespace AlliancePlatform.Support.Domain;

public enum BookingStatus
{
    Requested,
    Approved,
    Declined,
    Cancelled,
}

/// <summary>
/// A member unit's request to use a shared instrument for a slot (Art 25). The owner approves; an approved slot is never
/// booked twice (the database enforces it too).
/// </summary>
public sealed class InstrumentBooking
{
    private InstrumentBooking()
    {
    }

    public Guid Id { get; private init; }
    public Guid InstrumentId { get; private init; }
    public string OwnerCreditCode { get; private init; } = "";
    public string RequesterCreditCode { get; private init; } = "";
    public string RequestedBy { get; private init; } = "";
    public TimeSlot Slot { get; private init; } = null!;
    public string Purpose { get; private init; } = "";
    public BookingStatus Status { get; private set; }
    public DateTimeOffset RequestedAt { get; private init; }
    /// <summary>The owner's answer, or the requester's cancellation; null while it waits.</summary>
    public UnitAnswer? Answer { get; private set; }

    /// <summary>
    /// The acting unit asks for a slot. <paramref name="requesterAlliances"/> and <paramref name="ownerAlliances"/> are the
    /// alliances each unit is a member of (from Membership); they must share one. <paramref name="bookings"/> are the
    /// instrument's bookings: a slot overlapping an approved one is refused at once.
    /// </summary>
    public static InstrumentBooking Request(
        SharedInstrument instrument,
        Actor actor,
        TimeSlot slot,
        string? purpose,
        IReadOnlyCollection<Guid> requesterAlliances,
        IReadOnlyCollection<Guid> ownerAlliances,
        IEnumerable<InstrumentBooking> bookings,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(requesterAlliances);
        ArgumentNullException.ThrowIfNull(ownerAlliances);
        var requester = UnitOf(actor, "Art 25");
        Require(instrument.IsOpen, InstrumentRules.InstrumentWithdrawn);
        Require(requesterAlliances.Intersect(ownerAlliances).Any(), InstrumentRules.NotAFellowMember);
        Require(slot.Start >= now, InstrumentRules.SlotInPast);
        var booking = new InstrumentBooking
        {
            Id = Guid.CreateVersion7(now),
            InstrumentId = instrument.Id,
            OwnerCreditCode = instrument.OwnerCreditCode,
            RequesterCreditCode = requester,
            RequestedBy = actor.Subject,
            Slot = slot,
            Purpose = RequiredText(purpose, InstrumentRules.PurposeRequired),
            Status = BookingStatus.Requested,
            RequestedAt = now.Stored(),
        };
        booking.RequireSlotFree(bookings);
        return booking;
    }

    /// <summary>The owner unit approves, provided no other approved booking of the instrument overlaps the slot.</summary>
    public void Approve(Actor actor, IEnumerable<InstrumentBooking> bookings, string? note, DateTimeOffset now)
    {
        RequireUnit(actor, OwnerCreditCode, "Art 25");
        Require(Status == BookingStatus.Requested, InstrumentRules.NotRequested);
        RequireSlotFree(bookings);
        Answered(BookingStatus.Approved, actor, OptionalText(note), now);
    }

    /// <summary>The owner unit declines, saying why.</summary>
    public void Decline(Actor actor, string? reason, DateTimeOffset now)
    {
        RequireUnit(actor, OwnerCreditCode, "Art 25");
        Require(Status == BookingStatus.Requested, InstrumentRules.NotRequested);
        Answered(BookingStatus.Declined, actor, RequiredText(reason, SupportRules.ReasonRequired), now);
    }

    /// <summary>The requesting unit cancels a booking still asked for or approved; the slot becomes free.</summary>
    public void Cancel(Actor actor, DateTimeOffset now)
    {
        Require(IsUnit(actor, RequesterCreditCode), InstrumentRules.NotTheRequester);
        Require(Status is BookingStatus.Requested or BookingStatus.Approved, InstrumentRules.NotCancellable);
        Answered(BookingStatus.Cancelled, actor, null, now);
    }

    private void RequireSlotFree(IEnumerable<InstrumentBooking> bookings)
    {
        ArgumentNullException.ThrowIfNull(bookings);
        Require(
            !bookings.Any(b => b.Id != Id && b.InstrumentId == InstrumentId && b.Status == BookingStatus.Approved && b.Slot.Overlaps(Slot)),
            InstrumentRules.SlotTaken);
    }

    private void Answered(BookingStatus status, Actor actor, string? note, DateTimeOffset now)
    {
        Status = status;
        Answer = UnitAnswer.Of(actor, note, now);
    }
}
