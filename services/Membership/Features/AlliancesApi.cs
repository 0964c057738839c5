using AlliancePlatform.Membership.Features.ChangeProfile;
using AlliancePlatform.Membership.Features.Dissolution;
using AlliancePlatform.Membership.Features.Charters;
using AlliancePlatform.Membership.Features.Eligibility;
using AlliancePlatform.Membership.Features.GetAlliance;
using AlliancePlatform.Membership.Features.GoverningBodies;
using AlliancePlatform.Membership.Features.ListAlliances;
using AlliancePlatform.Membership.Features.Members;
using AlliancePlatform.Membership.Features.RegisterAlliance;

namespace AlliancePlatform.Membership.Features;

public static class AlliancesApi
{
    public static IEndpointRouteBuilder MapAlliancesApi(this IEndpointRouteBuilder app)
    {
        var alliances = app.MapGroup("/api/membership/alliances").WithTags("Alliances");
        alliances.MapRegisterAlliance();
        alliances.MapListAlliances();
        alliances.MapGetAlliance();
        alliances.MapChangeProfile();
        alliances.MapDissolution();
        alliances.MapMembers();
        alliances.MapGoverningBodies();
        alliances.MapCharters();
        alliances.MapEligibility();
        return app;
    }
}
