using AlliancePlatform.Membership.Features.GetAlliance;
using AlliancePlatform.Membership.Features.RegisterAlliance;

namespace AlliancePlatform.Membership.Features;

public static class AlliancesApi
{
    public static IEndpointRouteBuilder MapAlliancesApi(this IEndpointRouteBuilder app)
    {
        var alliances = app.MapGroup("/api/membership/alliances").WithTags("Alliances");
        alliances.MapRegisterAlliance();
        alliances.MapGetAlliance();
        return app;
    }
}
