namespace AlliancePlatform.Filing.Domain;

/// <summary>The department meeting's decision on the filing opinion (Art 11-6).</summary>
/// <param name="MeetingReference">The meeting's minutes or session reference, e.g. 2026年第5次厅务会.</param>
public sealed record DepartmentMeetingDecision(DateOnly MeetingOn, string MeetingReference, bool Approved, string Reason);

/// <summary>What the filing is published under (Art 11-8).</summary>
/// <param name="DocumentNumber">The document that publishes the list, e.g. 黑科发〔2026〕12号.</param>
public sealed record FilingNumbers(string FilingNumber, string DocumentNumber, DateOnly FiledOn);
