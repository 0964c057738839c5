namespace AlliancePlatform.Support.Features;

/// <summary>Which side of a unit-to-unit request a list shows: what my unit sent, or what it received.</summary>
internal enum ListSide
{
    Sent,
    Received,
}
