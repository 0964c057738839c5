using Microsoft.AspNetCore.Components.Server.Circuits;

namespace AlliancePlatform.Portal.Features.Account;

/// <summary>
/// The live circuit's services, for code that runs in another DI scope (an HttpClient's handlers do): the
/// signed-in person is known to the circuit, not to the handler's scope.
/// </summary>
internal sealed class CircuitServicesAccessor
{
    private static readonly AsyncLocal<IServiceProvider?> Current = new();

    public IServiceProvider? Services
    {
        get => Current.Value;
        set => Current.Value = value;
    }
}

internal sealed class ServicesAccessorCircuitHandler(IServiceProvider services, CircuitServicesAccessor accessor) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            accessor.Services = services;
            await next(context);
            accessor.Services = null;
        };
}
