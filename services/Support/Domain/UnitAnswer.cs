namespace AlliancePlatform.Support.Domain;

/// <summary>How a unit answered a request made to it (a booking, a financing request) or how the requester took it back.</summary>
public sealed record UnitAnswer(string By, DateTimeOffset At, string? Note)
{
    internal static UnitAnswer Of(Actor actor, string? note, DateTimeOffset now) => new(actor.Subject, now.Stored(), note);
}
