using AlliancePlatform.Identity.Auth;
using AlliancePlatform.Identity.Persistence;
using AlliancePlatform.Identity.Seeding;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.ServiceDefaults.Persistence;

namespace AlliancePlatform.Identity;

internal static class IdentityServices
{
    public static void AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AccountsDbContext>(AccountsDbContext.ConnectionName);
        builder.AddServiceMessaging<AccountsDbContext>();
        builder.AddTokenServer();
        // After the migrator, which AddServiceDatabase registered first: hosted services start in order.
        builder.Services.AddHostedService<DemoAccountsSeeder>();
    }
}
