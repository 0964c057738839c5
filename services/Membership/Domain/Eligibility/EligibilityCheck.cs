namespace AlliancePlatform.Membership.Domain;

/// <summary>One formation condition (Art 6, 7-2) as checked for an alliance: a stable code, its article and the finding.</summary>
public sealed record EligibilityCheck(string Code, string Article, bool Passed, string Message, string MessageEn);
