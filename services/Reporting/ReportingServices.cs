using AlliancePlatform.Reporting.Features.Calendar;
using AlliancePlatform.Reporting.Features.Clock;
using AlliancePlatform.Reporting.Features.Reports;
using AlliancePlatform.Reporting.Messaging;
using AlliancePlatform.Reporting.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.ServiceDefaults.Persistence;

namespace AlliancePlatform.Reporting;

internal static class ReportingServices
{
    public static void AddReportingServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
        builder.Services.AddValidation();
        builder.AddServiceDatabase<ReportingDbContext>(ReportingDbContext.ConnectionName);
        builder.AddServiceMessaging<ReportingDbContext>(bus =>
        {
            bus.AddConsumer<AllianceFiledConsumer>();
            bus.AddConsumer<AllianceFilingRevokedConsumer>();
            bus.AddConsumer<ChairUnitChangedConsumer>();
            bus.AddConsumer<AllianceProfileChangedConsumer>();
            bus.AddConsumer<SecretaryGeneralUnitChangedConsumer>();
            bus.AddConsumer<HolidayScheduleChangedConsumer>();
        });
        builder.Services.AddOptions<ReportingSettings>().BindConfiguration(ReportingSettings.Section);
        builder.Services.AddScoped<ReportingCalendar>();
        builder.Services.AddScoped<IDatabaseSeeder<ReportingDbContext>, BuiltInCalendarSeeder>();
        builder.Services.AddScoped<ReportAccess>();
        builder.Services.AddScoped<ReportEditor>();
        builder.Services.AddHostedService<ReportingClock>();
    }
}
