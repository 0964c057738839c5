using static AlliancePlatform.Support.Domain.RuleChecks;

namespace AlliancePlatform.Support.Domain;

/// <summary>A large instrument a member unit opens to the members of its alliances (大型仪器设备向联盟成员开放, Art 25).</summary>
public sealed class SharedInstrument
{
    private SharedInstrument()
    {
    }

    public Guid Id { get; private init; }
    public string OwnerCreditCode { get; private init; } = "";
    public string Name { get; private set; } = "";
    public string? Model { get; private set; }
    public string Location { get; private set; } = "";
    public string BookingRules { get; private set; } = "";
    public DateTimeOffset ListedAt { get; private init; }
    public string ListedBy { get; private init; } = "";
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public bool IsOpen => WithdrawnAt is null;

    /// <summary>The acting unit lists one of its instruments; it becomes the owner.</summary>
    public static SharedInstrument List(Actor actor, string? name, string? model, string? location, string? bookingRules, DateTimeOffset now)
    {
        var owner = UnitOf(actor, "Art 25");
        var instrument = new SharedInstrument
        {
            Id = Guid.CreateVersion7(now),
            OwnerCreditCode = owner,
            ListedAt = now.Stored(),
            ListedBy = actor.Subject,
        };
        instrument.Describe(name, model, location, bookingRules);
        return instrument;
    }

    /// <summary>The owner changes the description or the booking rules; bookings already made keep their slots.</summary>
    public void Update(Actor actor, string? name, string? model, string? location, string? bookingRules)
    {
        RequireUnit(actor, OwnerCreditCode, "Art 25");
        Require(IsOpen, InstrumentRules.InstrumentWithdrawn);
        Describe(name, model, location, bookingRules);
    }

    /// <summary>
    /// The owner stops opening the instrument: no new booking is taken, and the requests still waiting are declined with
    /// the owner's reason (approved bookings stay; their units may cancel them). Answers the requests it declined.
    /// </summary>
    public IReadOnlyList<InstrumentBooking> Withdraw(Actor actor, string? reason, IEnumerable<InstrumentBooking> bookings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(bookings);
        RequireUnit(actor, OwnerCreditCode, "Art 25");
        Require(IsOpen, InstrumentRules.InstrumentWithdrawn);
        var why = RequiredText(reason, SupportRules.ReasonRequired);
        WithdrawnAt = now.Stored();
        var waiting = bookings.Where(b => b.InstrumentId == Id && b.Status == BookingStatus.Requested).ToList();
        waiting.ForEach(b => b.Decline(actor, why, now));
        return waiting;
    }

    private void Describe(string? name, string? model, string? location, string? bookingRules)
    {
        Name = RequiredText(name, InstrumentRules.NameRequired, SupportRules.NameMaxLength);
        Model = OptionalText(model, SupportRules.NameMaxLength);
        Location = RequiredText(location, InstrumentRules.LocationRequired, SupportRules.NameMaxLength);
        BookingRules = RequiredText(bookingRules, InstrumentRules.BookingRulesRequired);
    }
}
