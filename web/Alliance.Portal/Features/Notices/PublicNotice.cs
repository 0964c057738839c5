namespace AlliancePlatform.Portal.Features.Notices;

/// <summary>An alliance proposed for filing, on public notice (Filing's <c>/api/public/notices</c>, Art 11-7).</summary>
public sealed record PublicNotice(
    Guid Id, Guid AllianceId, string AllianceName, string IndustryField, string? ChairUnit, string Region,
    DateOnly FirstDay, DateOnly LastDay, int WorkingDays, DateTimeOffset ClosesAt, bool Open);

/// <summary>What Filing answers when an objection is filed.</summary>
public sealed record ObjectionReceipt(Guid Id, Guid NoticeId, DateTimeOffset FiledAt, string Message);
