namespace AlliancePlatform.Membership.Domain;

public enum CharterVersionState
{
    /// <summary>Adopted at a meeting and being signed; not yet binding.</summary>
    UnderAdoption,
    /// <summary>Signed by every member's legal representative (Art 6-2): the binding version.</summary>
    Effective,
    /// <summary>Was effective until a later version became effective.</summary>
    Superseded,
    /// <summary>Replaced by a later proposal before it became effective.</summary>
    Withdrawn,
}
