using AlliancePlatform.Filing.Features.Applications;
using AlliancePlatform.Filing.Features.Calendar;
using AlliancePlatform.Filing.Features.Clock;
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
        builder.Services.AddValidation();
        builder.AddServiceDatabase<FilingDbContext>(FilingDbContext.ConnectionName);
        builder.AddServiceMessaging<FilingDbContext>(bus =>
        {
            bus.AddConsumer<AllianceRegisteredConsumer>();
            bus.AddConsumer<AllianceProfileChangedConsumer>();
            bus.AddConsumer<ChairUnitChangedConsumer>();
            bus.AddConsumer<SecretaryGeneralUnitChangedConsumer>();
            bus.AddConsumer<MemberUnitJoinedConsumer>();
            bus.AddConsumer<MemberUnitLeftConsumer>();
            bus.AddConsumer<AllianceEligibilityAssessedConsumer>();
            bus.AddConsumer<AnnualReportsMissingTwoYearsConsumer>();
            bus.AddConsumer<AllianceDissolutionRequestedConsumer>();
            bus.AddConsumer<AssessmentRefusedConsumer>();
            bus.AddConsumer<RepeatedGradeDConsumer>();
            bus.AddConsumer<YellowCardIssuedConsumer>();
            bus.AddConsumer<AllianceGradePublishedConsumer>();
            bus.AddConsumer<YellowCardLiftedConsumer>();
        });
        builder.Services.AddOptions<FilingSettings>().BindConfiguration(FilingSettings.Section)
            .Validate(s => s.NoticeWorkingDays >= 5, "Filing:NoticeWorkingDays is never below 5 working days (Art 11-7).")
            .Validate(s => s.StageWorkingDays > 0 && s.CorrectionWorkingDays > 0, "Filing stage and correction periods are positive numbers of working days.")
            .ValidateOnStart();
        builder.Services.AddScoped<CalendarSource>();
        builder.Services.AddScoped<IDatabaseSeeder<FilingDbContext>, CalendarSeeder>();
        builder.Services.AddScoped<ApplicationAccess>();
        builder.Services.AddScoped<ApplicationEvents>();
        builder.Services.AddScoped<ApplicationEditor>();
        builder.Services.AddScoped<RevocationTrigger>();
        builder.Services.AddHostedService<FilingClock>();
    }
}
