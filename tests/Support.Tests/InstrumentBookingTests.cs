using AlliancePlatform.Support.Domain;
using static AlliancePlatform.Support.Tests.SupportTestData;

namespace AlliancePlatform.Support.Tests;

/// <summary>Shared instruments (Art 25): listed by a member unit, booked by fellow members, approved by the owner, never double-booked.</summary>
public class InstrumentBookingTests
{
    private static readonly DateTimeOffset Now = At(2026, 3, 2, 9);
    private static readonly Guid[] SharedAlliance = [AllianceId];

    private static SharedInstrument Spectrometer() =>
        SharedInstrument.List(Unit(ChairUnit, "owner-1"), " 场发射扫描电子显微镜 ", "SU8010", "哈尔滨市南岗区检测中心二楼", "工作日9:00-17:00开放，按机时收费。", Now);

    private static TimeSlot Slot(int day, int startHour, int endHour) => new(At(2026, 3, day, startHour), At(2026, 3, day, endHour));

    private static InstrumentBooking Request(SharedInstrument instrument, TimeSlot slot, string unit = MemberUnit, params InstrumentBooking[] bookings) =>
        InstrumentBooking.Request(instrument, Unit(unit), slot, "样品形貌表征", SharedAlliance, [AllianceId, OtherAllianceId], bookings, Now);

    private static InstrumentBooking Approved(SharedInstrument instrument, TimeSlot slot, string unit = MemberUnit)
    {
        var booking = Request(instrument, slot, unit);
        booking.Approve(Unit(ChairUnit, "owner-1"), [], null, Now);
        return booking;
    }

    [Fact]
    public void Art25_AMemberUnit_ListsAnInstrument_AndOwnsIt()
    {
        var instrument = Spectrometer();

        Assert.Equal(ChairUnit, instrument.OwnerCreditCode);
        Assert.Equal("场发射扫描电子显微镜", instrument.Name);
        Assert.True(instrument.IsOpen);
        Assert.Equal(
            "support.instrument_booking_rules_required",
            Violation(() => SharedInstrument.List(Unit(ChairUnit), "显微镜", null, "哈尔滨", " ", Now)).Code);
        Assert.Equal("support.unit_required", Violation(() => SharedInstrument.List(Admin with { Organization = null }, "显微镜", null, "哈尔滨", "规则", Now)).Code);
    }

    [Fact]
    public void Art25_OnlyTheOwner_ApprovesABooking()
    {
        var instrument = Spectrometer();
        var booking = Request(instrument, Slot(10, 9, 12));

        Assert.Equal("support.wrong_unit", Violation(() => booking.Approve(Unit(SecretaryGeneralUnit), [], null, Now)).Code);
        Assert.Equal("support.wrong_unit", Violation(() => booking.Approve(Admin, [], null, Now)).Code);

        booking.Approve(Unit(ChairUnit, "owner-1"), [], "请提前15分钟到场", Now);
        Assert.Equal(BookingStatus.Approved, booking.Status);
        Assert.Equal("owner-1", booking.Answer?.By);
    }

    [Fact]
    public void Art25_ASlotOverlappingAnApprovedBooking_IsRefused_WhenAskedAndWhenApproved()
    {
        var instrument = Spectrometer();
        var first = Approved(instrument, Slot(10, 9, 12));
        var waiting = Request(instrument, Slot(10, 11, 14), SecretaryGeneralUnit);
        var rival = Request(instrument, Slot(10, 13, 15));

        var asked = Violation(() => Request(instrument, Slot(10, 10, 11), SecretaryGeneralUnit, first));
        Assert.Equal("support.slot_taken", asked.Code);
        Assert.Equal("该时段与已批准的预约重叠，请另选时段。", asked.Message);
        Assert.Equal("support.slot_taken", Violation(() => waiting.Approve(Unit(ChairUnit), [first, waiting, rival], null, Now)).Code);
        Assert.Equal(BookingStatus.Requested, waiting.Status);
    }

    [Fact]
    public void Art25_AdjacentSlots_AreBothApproved()
    {
        var instrument = Spectrometer();
        var morning = Approved(instrument, Slot(10, 9, 12));
        var afternoon = Request(instrument, Slot(10, 12, 15), SecretaryGeneralUnit, morning);
        var before = Request(instrument, Slot(10, 7, 9), SecretaryGeneralUnit, morning);

        afternoon.Approve(Unit(ChairUnit), [morning, before], null, Now);
        before.Approve(Unit(ChairUnit), [morning, afternoon], null, Now);

        Assert.Equal(BookingStatus.Approved, afternoon.Status);
        Assert.Equal(BookingStatus.Approved, before.Status);
    }

    [Fact]
    public void Art25_DeclinedOrCancelledBookings_DoNotHoldTheSlot_NorDoOtherInstruments()
    {
        var instrument = Spectrometer();
        var other = Spectrometer();
        var cancelled = Approved(instrument, Slot(10, 9, 12));
        cancelled.Cancel(Unit(MemberUnit), Now);
        var elsewhere = Approved(other, Slot(10, 9, 12));

        var booking = Request(instrument, Slot(10, 9, 12), SecretaryGeneralUnit, cancelled, elsewhere);
        booking.Approve(Unit(ChairUnit), [cancelled, elsewhere], null, Now);

        Assert.Equal(BookingStatus.Approved, booking.Status);
        Assert.Equal("support.not_the_requester", Violation(() => booking.Cancel(Unit(MemberUnit), Now)).Code);
    }

    [Fact]
    public void Art25_AUnitSharingNoAllianceWithTheOwner_CannotBook()
    {
        var instrument = Spectrometer();

        var violation = Violation(() => InstrumentBooking.Request(
            instrument, Unit(OtherUnit), Slot(10, 9, 12), "检测", [Guid.NewGuid()], [AllianceId], [], Now));

        Assert.Equal("support.not_a_fellow_member", violation.Code);
        Assert.Equal("Art 25", violation.Article);
    }

    [Fact]
    public void Art25_ASlotMustEndAfterItStarts_AndNotHaveStarted()
    {
        var instrument = Spectrometer();

        Assert.Equal("support.slot_empty", Violation(() => Slot(10, 12, 12)).Code);
        Assert.Equal("support.slot_in_past", Violation(() => Request(instrument, new TimeSlot(Now.AddHours(-1), Now.AddHours(1)))).Code);
    }

    [Fact]
    public void Art25_TheOwnerDeclinesWithAReason_AndAWithdrawnInstrumentTakesNoBooking()
    {
        var instrument = Spectrometer();
        var booking = Request(instrument, Slot(10, 9, 12));

        Assert.Equal("support.reason_required", Violation(() => booking.Decline(Unit(ChairUnit), "", Now)).Code);
        booking.Decline(Unit(ChairUnit), "设备检修", Now);
        Assert.Equal("support.booking_not_requested", Violation(() => booking.Approve(Unit(ChairUnit), [], null, Now)).Code);

        instrument.Withdraw(Unit(ChairUnit), "设备报废", [], Now);
        Assert.Equal("support.instrument_withdrawn", Violation(() => Request(instrument, Slot(11, 9, 12))).Code);
    }

    [Fact]
    public void Art25_WithdrawingAnInstrument_DeclinesTheWaitingRequests_AndKeepsTheApprovedOnes()
    {
        var instrument = Spectrometer();
        var approved = Approved(instrument, Slot(10, 9, 12));
        var waiting = Request(instrument, Slot(11, 9, 12));

        Assert.Equal("support.reason_required", Violation(() => instrument.Withdraw(Unit(ChairUnit), " ", [approved, waiting], Now)).Code);
        Assert.True(instrument.IsOpen);
        Assert.Equal("support.wrong_unit", Violation(() => instrument.Withdraw(Unit(MemberUnit), "设备报废", [approved, waiting], Now)).Code);

        var declined = instrument.Withdraw(Unit(ChairUnit, "owner-1"), "设备报废", [approved, waiting], Now);

        Assert.Equal([waiting], declined);
        Assert.Equal(BookingStatus.Declined, waiting.Status);
        Assert.Equal("设备报废", waiting.Answer?.Note);
        Assert.Equal(BookingStatus.Approved, approved.Status);
        Assert.False(instrument.IsOpen);
        Assert.Equal("support.instrument_withdrawn", Violation(() => instrument.Withdraw(Unit(ChairUnit), "设备报废", [], Now)).Code);
    }

    [Fact]
    public void Art25_TheOwnerEditsAnOpenInstrument_OnlyTheOwner()
    {
        var instrument = Spectrometer();

        instrument.Update(Unit(ChairUnit), "场发射扫描电子显微镜", "SU8020", "哈尔滨市南岗区检测中心三楼", "工作日9:00-17:00开放。");

        Assert.Equal("SU8020", instrument.Model);
        Assert.Equal("哈尔滨市南岗区检测中心三楼", instrument.Location);
        Assert.Equal("support.wrong_unit", Violation(() => instrument.Update(Unit(MemberUnit), "显微镜", null, "哈尔滨", "规则")).Code);
    }
}
