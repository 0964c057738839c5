using AlliancePlatform.Filing.Domain;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.ServiceDefaults.Messaging;
using Contract = AlliancePlatform.Contracts.Filing;

namespace AlliancePlatform.Filing.Features.Revocation;

/// <summary>The integration events of revocation cases, added to the outbox in the caller's unit of work.</summary>
internal static class RevocationEvents
{
    public static void CaseOpened(this IOutbox outbox, RevocationCase revocation) =>
        outbox.Add(new Contract.RevocationCaseOpened(
            revocation.Id, revocation.AllianceId, PlatformJson.NameOf(revocation.Cause), PlatformJson.NameOf(revocation.Source), revocation.Grounds, revocation.OpenedAt),
            revocation.AllianceId.ToString());

    public static void FilingRevoked(this IOutbox outbox, RevocationCase revocation, FiledAlliance filed) =>
        outbox.Add(new Contract.AllianceFilingRevoked(
            filed.AllianceId, revocation.Id, filed.FilingNumber, PlatformJson.NameOf(revocation.Cause), revocation.DecisionReason ?? "",
            filed.RevokedOn ?? ChinaTime.DateOf(revocation.DecidedAt!.Value), revocation.DecidedAt!.Value),
            filed.AllianceId.ToString());
}
