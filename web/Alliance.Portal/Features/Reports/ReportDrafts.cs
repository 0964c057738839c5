using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;

namespace AlliancePlatform.Portal.Features.Reports;

/// <summary>
/// The report forms of one circuit, so that typing survives leaving the page and coming back (or a failed save) for as
/// long as the person's circuit lives. Keyed by the circuit's own <see cref="NavigationManager"/> (a scoped service) so
/// that no registration in the portal's shared setup is needed; the table lets go of a circuit's drafts with it.
/// </summary>
public static class ReportDrafts
{
    private static readonly ConditionalWeakTable<NavigationManager, Dictionary<(Guid, int), ReportForm>> Circuits = [];

    public static ReportForm For(NavigationManager circuit, Guid allianceId, int year)
    {
        var drafts = Circuits.GetOrCreateValue(circuit);
        lock (drafts)
        {
            if (!drafts.TryGetValue((allianceId, year), out var form))
            {
                form = new ReportForm();
                drafts[(allianceId, year)] = form;
            }
            return form;
        }
    }
}
