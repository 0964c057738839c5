namespace AlliancePlatform.Portal.Features.MyFiling;

/// <summary>
/// What a part of the filing page tells the page after a write: the application as the API now answers it (null: read
/// it again, e.g. after a delete that answers no body) and the text key of what was done, to confirm it to the person.
/// </summary>
public sealed record FilingChange(FilingApplication? Application, string DoneKey);
