namespace AlliancePlatform.Portal.Gateway;

internal static class GatewaySetup
{
    public static void AddGatewayClients(this IServiceCollection services, PortalOptions options)
    {
        services.AddHttpContextAccessor();
        services.AddTransient<BearerTokenHandler>();
        services.AddScoped<FileSaver>();
        services.AddHttpClient<GatewayClient>(client => client.BaseAddress = options.GatewayAddress)
            .AddHttpMessageHandler<BearerTokenHandler>();
    }
}
