using AlliancePlatform.Evaluation.Features.Calendar;
using AlliancePlatform.Evaluation.Features.Campaigns;
using AlliancePlatform.Evaluation.Features.Clock;
using AlliancePlatform.Evaluation.Features.Grading;
using AlliancePlatform.Evaluation.Messaging;
using AlliancePlatform.Evaluation.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Messaging;
using AlliancePlatform.ServiceDefaults.Persistence;

namespace AlliancePlatform.Evaluation;

internal static class EvaluationServices
{
    public static void AddEvaluationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
        builder.Services.AddValidation();
        builder.AddServiceDatabase<EvaluationDbContext>(EvaluationDbContext.ConnectionName);
        builder.AddServiceMessaging<EvaluationDbContext>(bus =>
        {
            bus.AddConsumer<AllianceFiledConsumer>();
            bus.AddConsumer<AllianceFilingRevokedConsumer>();
            bus.AddConsumer<ChairUnitChangedConsumer>();
            bus.AddConsumer<SecretaryGeneralUnitChangedConsumer>();
            bus.AddConsumer<MemberUnitJoinedConsumer>();
            bus.AddConsumer<MemberUnitLeftConsumer>();
            bus.AddConsumer<HolidayScheduleChangedConsumer>();
            bus.AddConsumer<AnnualReportAcceptedConsumer>();
        });
        builder.Services.AddOptions<EvaluationOptions>().BindConfiguration(EvaluationOptions.Section)
            .Validate(o => o.Problem() is null, "The Evaluation settings are not valid: thresholds 100 ≥ A > B > C > 0, notice ≥ 5 working days, trimming from ≥ 3 experts, rectification 1 to 730 days.")
            .ValidateOnStart();
        builder.Services.AddScoped<IDatabaseSeeder<EvaluationDbContext>, BuiltInCalendarSeeder>();
        builder.Services.AddScoped<EvaluationAccess>();
        builder.Services.AddScoped<CampaignEditor>();
        builder.Services.AddScoped<EvaluationCalendar>();
        builder.Services.AddScoped<GradePublication>();
        builder.Services.AddHostedService<EvaluationClock>();
    }
}
