using AlliancePlatform.Support.Domain;

namespace AlliancePlatform.Support.Features.Instruments;

internal sealed record InstrumentRequest(string? Name, string? Model, string? Location, string? BookingRules);

internal sealed record InstrumentWithdrawalRequest(string? Reason);

internal sealed record BookingRequest(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Purpose);

internal sealed record BookingDecisionRequest(string? Note);

internal sealed record BookingDeclineRequest(string? Reason);

internal sealed record InstrumentResponse(
    Guid Id, string OwnerCreditCode, string Name, string? Model, string Location, string BookingRules, DateTimeOffset ListedAt, bool IsOpen,
    DateTimeOffset? WithdrawnAt)
{
    public static InstrumentResponse For(SharedInstrument i) =>
        new(i.Id, i.OwnerCreditCode, i.Name, i.Model, i.Location, i.BookingRules, i.ListedAt, i.IsOpen, i.WithdrawnAt);
}

/// <param name="RequesterCreditCode">Null on another unit's approved booking: a fellow member sees that the slot is taken, not by whom.</param>
/// <param name="Purpose">Null on another unit's approved booking.</param>
/// <param name="Note">The owner's note or reason, when answered.</param>
internal sealed record BookingResponse(
    Guid Id, Guid InstrumentId, string OwnerCreditCode, string? RequesterCreditCode, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string? Purpose, string Status, DateTimeOffset? RequestedAt, string? AnsweredBy, DateTimeOffset? AnsweredAt, string? Note)
{
    public static BookingResponse For(InstrumentBooking b) => new(
        b.Id, b.InstrumentId, b.OwnerCreditCode, b.RequesterCreditCode, b.Slot.Start, b.Slot.End, b.Purpose, b.Status.ToString(), b.RequestedAt,
        b.Answer?.By, b.Answer?.At, b.Answer?.Note);

    /// <summary>Another unit's approved slot, as a fellow member sees it when choosing a time.</summary>
    public static BookingResponse Taken(InstrumentBooking b) =>
        new(b.Id, b.InstrumentId, b.OwnerCreditCode, null, b.Slot.Start, b.Slot.End, null, b.Status.ToString(), null, null, null, null);
}
