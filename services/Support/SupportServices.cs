using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.ServiceDefaults.Persistence;
using AlliancePlatform.Support.Features.Entitlements;
using AlliancePlatform.Support.Messaging;
using AlliancePlatform.Support.Persistence;

namespace AlliancePlatform.Support;

internal static class SupportServices
{
    public static void AddSupportServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
        builder.Services.AddValidation();
        builder.AddServiceDatabase<SupportDbContext>(SupportDbContext.ConnectionName);
        builder.AddServiceMessaging<SupportDbContext>(bus =>
        {
            bus.AddConsumer<AllianceFiledConsumer>();
            bus.AddConsumer<AllianceFilingRevokedConsumer>();
            bus.AddConsumer<ChairUnitChangedConsumer>();
            bus.AddConsumer<SecretaryGeneralUnitChangedConsumer>();
            bus.AddConsumer<MemberUnitJoinedConsumer>();
            bus.AddConsumer<MemberUnitLeftConsumer>();
            bus.AddConsumer<AllianceGradePublishedConsumer>();
        });
        builder.Services.AddScoped<EntitlementAnnouncements>();
        builder.Services.AddScoped<EntitlementDecisions>();
    }
}
