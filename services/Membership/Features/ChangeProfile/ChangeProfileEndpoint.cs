using System.ComponentModel.DataAnnotations;
using AlliancePlatform.Membership.Domain;
using AlliancePlatform.Membership.Persistence;
using AlliancePlatform.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using AlliancePlatform.ServiceDefaults.Http;

namespace AlliancePlatform.Membership.Features.ChangeProfile;

public sealed record ChangeProfileRequest([Required, MaxLength(200)] string Name, [Required, MaxLength(50)] string IndustryField);

internal static class ChangeProfileEndpoint
{
    public static void MapChangeProfile(this RouteGroupBuilder alliances) =>
        alliances.MapPut("/{id:guid}/profile", HandleAsync)
            .WithName("ChangeAllianceProfile")
            .WithSummary("Rename the alliance (Art 7-2 form) or change its industry field (Art 5-2); announces AllianceProfileChanged")
            .AsAllianceChange("alliance.change_profile")
            .WithRequestExample(new ChangeProfileRequest("黑龙江省先进材料产业技术创新联盟", "new_materials"));

    private static Task<Results<Ok<AllianceDetailResponse>, NotFound>> HandleAsync(
        Guid id, ChangeProfileRequest request, AllianceEditor editor, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        editor.ApplyAsync(id, async alliance =>
        {
            alliance.ChangeProfile(request.Name, request.IndustryField, clock.GetUtcNow());
            if (await db.Alliances.AnyAsync(a => a.Id != id && a.Name == alliance.Name, cancellationToken))
            {
                throw new RuleViolationException(AllianceRules.NameTaken);
            }
            return true;
        }, cancellationToken);
}
