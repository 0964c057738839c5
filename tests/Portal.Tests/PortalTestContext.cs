using System.Globalization;
using AlliancePlatform.Portal.Gateway;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace AlliancePlatform.Portal.Tests;

/// <summary>
/// A bUnit context with MudBlazor, the portal's texts, a chosen language (for the test's own flow) and a fake gateway.
/// Dispose it asynchronously: MudBlazor's services are only async-disposable.
/// </summary>
internal sealed class PortalTestContext : BunitContext
{
    public PortalTestContext(FakeGateway gateway, string culture = "zh-CN")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(new GatewayClient(new HttpClient(gateway) { BaseAddress = new Uri("http://gateway") }));
    }

    public IRenderedComponent<PageHost> RenderPage<TPage>(Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        Render<PageHost>(host => host.AddChildContent(parameters ?? (_ => { })));
}
