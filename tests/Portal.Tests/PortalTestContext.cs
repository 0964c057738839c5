using System.Globalization;
using System.Security.Claims;
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
        Services.AddScoped<FileSaver>();
        Services.AddSingleton(new GatewayClient(new HttpClient(gateway) { BaseAddress = new Uri("http://gateway") }, Microsoft.Extensions.Logging.Abstractions.NullLogger<GatewayClient>.Instance));
    }

    /// <summary>Signs a person in for the pages under test, with the claims Identity issues (<c>name</c>, <c>role</c>, <c>org</c>).</summary>
    public void SignIn(string name, string role, string? organization = null)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized(name);
        authorization.SetRoles(role);
        authorization.SetClaims([new("name", name), new("role", role), .. organization is null ? Array.Empty<Claim>() : [new Claim("org", organization)]]);
    }

    public IRenderedComponent<PageHost> RenderPage<TPage>(Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        Render<PageHost>(host => host.AddChildContent(parameters ?? (_ => { })));
}
