using AlliancePlatform.Membership.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.ServiceDefaults.Persistence;

namespace AlliancePlatform.Membership;

internal static class MembershipServices
{
    public static void AddMembershipServices(this IHostApplicationBuilder builder)
    {
        // In this assembly, not in ServiceDefaults: the validation source generator only sees the request types of the calling project.
        builder.Services.AddValidation();
        builder.AddPlatformAuthentication();
        builder.AddServiceDatabase<MembershipDbContext>(MembershipDbContext.ConnectionName);
        builder.AddServiceMessaging<MembershipDbContext>();
    }
}
