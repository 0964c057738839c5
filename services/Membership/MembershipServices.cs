using AlliancePlatform.Membership.Persistence;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.ServiceDefaults.Persistence;

namespace AlliancePlatform.Membership;

internal static class MembershipServices
{
    public static void AddMembershipServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MembershipDbContext>(MembershipDbContext.ConnectionName);
        builder.AddServiceMessaging<MembershipDbContext>();
    }
}
