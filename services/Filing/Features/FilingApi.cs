using AlliancePlatform.Filing.Features.Applications;
using AlliancePlatform.Filing.Features.Calendar;
using AlliancePlatform.Filing.Features.Experts;
using AlliancePlatform.Filing.Features.GetAlliance;
using AlliancePlatform.Filing.Features.PublicNotices;
using AlliancePlatform.Filing.Features.Register;
using AlliancePlatform.Filing.Features.Review;
using AlliancePlatform.Filing.Features.Revocation;

namespace AlliancePlatform.Filing.Features;

public static class FilingApi
{
    public static IEndpointRouteBuilder MapFilingApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/filing/alliances").WithTags("Alliances").MapGetAlliance();
        app.MapGroup("/api/filing/applications").WithTags("Filing applications")
            .MapApplications()
            .MapAttachments()
            .MapReview()
            .MapConsultation()
            .MapObjectionRulings();
        app.MapExpertsApi();
        app.MapCalendarApi();
        app.MapRevocationApi();
        app.MapPublicNoticesApi();
        app.MapRegisterApi();
        return app;
    }
}
