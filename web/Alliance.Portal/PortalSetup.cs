using System.Globalization;
using AlliancePlatform.Portal.Features.Account;
using AlliancePlatform.Portal.Features.Localization;
using AlliancePlatform.Portal.Gateway;
using MudBlazor.Services;

namespace AlliancePlatform.Portal;

internal static class PortalSetup
{
    public static void AddPortal(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddLocalization();
        builder.Services.AddPortalSignIn(options);
        builder.Services.AddGatewayClients(options);
    }

    public static void UsePortal(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseRequestLocalization(PortalCultures.Options());
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
    }

    public static void MapPortalEndpoints(this WebApplication app)
    {
        app.MapAccountEndpoints();
        app.MapCultureEndpoints();
    }
}
