using AlliancePlatform.Filing.Features.GetAlliance;

namespace AlliancePlatform.Filing.Features;

public static class FilingApi
{
    public static IEndpointRouteBuilder MapFilingApi(this IEndpointRouteBuilder app)
    {
        var alliances = app.MapGroup("/api/filing/alliances").WithTags("Alliances");
        alliances.MapGetAlliance();
        return app;
    }
}
