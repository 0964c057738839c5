using AlliancePlatform.Membership.Domain;
using AlliancePlatform.Membership.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.Membership.Features.Eligibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Contract = AlliancePlatform.Contracts.Membership;

namespace AlliancePlatform.Membership.Features;

/// <summary>
/// Turns what an alliance raised into integration events in the outbox, each carrying the unit details
/// subscribers need (name, credit code, type, region) so that none has to call back. Every change also publishes
/// the alliance's Art 6 assessment as it now stands, which Filing checks at submission without calling back.
/// </summary>
internal sealed class AllianceEvents(MembershipDbContext db, IOutbox outbox, TimeProvider clock, IOptionsSnapshot<EligibilitySettings> eligibility)
{
    public async Task PublishAsync(Alliance alliance, CancellationToken cancellationToken)
    {
        var raised = alliance.DomainEvents.ToList();
        alliance.ClearDomainEvents();
        var now = clock.GetUtcNow();
        foreach (var domainEvent in raised)
        {
            object integrationEvent = domainEvent switch
            {
                AllianceProfileChanged e => new Contract.AllianceProfileChanged(
                    e.AllianceId, e.Name, e.IndustryField, e.PreviousName, e.PreviousIndustryField, e.ChangedAt),
                MemberUnitJoined e => new Contract.MemberUnitJoined(
                    e.AllianceId, alliance.Name, await UnitAsync(e.MemberUnitId, cancellationToken), e.JoinedOn, e.MemberSince, e.CharterVersion, now),
                MemberUnitLeft e => new Contract.MemberUnitLeft(
                    e.AllianceId, alliance.Name, await UnitAsync(e.MemberUnitId, cancellationToken), e.LeftOn, e.Reason, now),
                ChairUnitChanged e => new Contract.ChairUnitChanged(
                    e.AllianceId, alliance.Name, await UnitAsync(e.UnitId, cancellationToken), e.PreviousUnitId, e.ChangedOn, e.Reason, now),
                SecretaryGeneralUnitChanged e => new Contract.SecretaryGeneralUnitChanged(
                    e.AllianceId, alliance.Name, await UnitAsync(e.UnitId, cancellationToken), e.PreviousUnitId, e.ChangedOn, e.Reason, now),
                CharterBecameEffective e => new Contract.CharterBecameEffective(
                    e.AllianceId, alliance.Name, e.Version, e.EffectiveOn, e.SupersededVersion,
                    await SignersAsync(alliance, e.Version, cancellationToken), now),
                DissolutionRequested e => new Contract.AllianceDissolutionRequested(e.AllianceId, alliance.Name, e.ResolvedOn, e.Reason, e.RequestedAt),
                _ => throw new InvalidOperationException($"No integration event is defined for {domainEvent.GetType().Name}."),
            };
            outbox.Add(integrationEvent, alliance.Id.ToString());
        }
        outbox.Add(await EligibilityAsync(alliance, now, cancellationToken), alliance.Id.ToString());
    }

    private async Task<Contract.AllianceEligibilityAssessed> EligibilityAsync(Alliance alliance, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unitIds = alliance.Members.Select(m => m.MemberUnitId).Distinct().ToList();
        var units = await db.MemberUnits.Where(u => unitIds.Contains(u.Id)).ToListAsync(cancellationToken);
        var checks = AllianceEligibility.Evaluate(alliance, units, eligibility.Value.ToPolicy());
        return new Contract.AllianceEligibilityAssessed(
            alliance.Id, alliance.Name, checks.All(c => c.Passed),
            [.. checks.Select(c => new Contract.EligibilityFinding(c.Code, c.Article, c.Passed, c.Message, c.MessageEn))],
            now);
    }

    private async Task<Contract.MemberUnitInfo> UnitAsync(Guid unitId, CancellationToken cancellationToken) =>
        Info(await db.MemberUnits.SingleAsync(u => u.Id == unitId, cancellationToken));

    private async Task<IReadOnlyList<Contract.MemberUnitInfo>> SignersAsync(Alliance alliance, int version, CancellationToken cancellationToken)
    {
        // Units that signed and left before the version took effect are not among those it binds.
        var current = alliance.Members.Where(m => m.Status == AllianceMemberStatus.Current).Select(m => m.Id).ToHashSet();
        var signers = alliance.CharterVersions.Single(v => v.Number == version).Signatures
            .Where(s => current.Contains(s.AllianceMemberId)).Select(s => s.MemberUnitId).ToList();
        var units = await db.MemberUnits.Where(u => signers.Contains(u.Id)).ToListAsync(cancellationToken);
        return [.. units.OrderBy(u => u.Name, StringComparer.Ordinal).Select(Info)];
    }

    public static Contract.MemberUnitInfo Info(MemberUnit unit) => new(
        unit.Id, unit.Name, unit.CreditCode.Value, MemberUnitTypeInfo.Of(unit.Type).Code, unit.RegisteredRegion.Value);
}
