namespace AlliancePlatform.Contracts.Membership;

/// <summary>One formation condition as checked: a stable code (e.g. <c>art6_1.min_members</c>), its article, and the finding in Chinese and English.</summary>
public sealed record EligibilityFinding(string Code, string Article, bool Passed, string Message, string MessageEn);
