using AlliancePlatform.Filing.Messaging;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.ServiceDefaults.Persistence;

namespace AlliancePlatform.Filing;

internal static class FilingServices
{
    public static void AddFilingServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
        builder.AddServiceDatabase<FilingDbContext>(FilingDbContext.ConnectionName);
        builder.AddServiceMessaging<FilingDbContext>(bus => bus.AddConsumer<AllianceRegisteredConsumer>());
    }
}
