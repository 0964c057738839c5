using AlliancePlatform.Membership.Features;
using AlliancePlatform.Membership.Features.Eligibility;
using AlliancePlatform.Membership.Features.Units;
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
        builder.Services.AddOptions<EligibilitySettings>().BindConfiguration(EligibilitySettings.Section)
            .Validate(s => s.MinimumMembers >= 1, "Membership:Eligibility:MinimumMembers must be at least 1.")
            .ValidateOnStart();
        builder.Services.AddScoped<AllianceAccess>();
        builder.Services.AddScoped<AllianceEvents>();
        builder.Services.AddScoped<AllianceEditor>();
        builder.Services.AddScoped<UnitAccess>();
    }
}
