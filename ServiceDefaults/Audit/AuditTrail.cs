using System.Diagnostics;
using System.Globalization;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AlliancePlatform.ServiceDefaults.Audit;

internal sealed class AuditTrail<TContext>(TContext db, IHttpContextAccessor http, IServiceScopeFactory scopes, TimeProvider clock)
    : IAuditTrail where TContext : DbContext
{
    public const string SystemActor = "system";

    public void Succeeded(object objectId)
    {
        var action = CurrentAction();
        db.Set<AuditEntry>().Add(Entry(action.Action, action.ObjectType, Convert.ToString(objectId, CultureInfo.InvariantCulture), AuditOutcome.Succeeded, null));
    }

    public void Record(string action, string objectType, string? objectId, AuditOutcome outcome = AuditOutcome.Succeeded, string? detail = null) =>
        db.Set<AuditEntry>().Add(Entry(action, objectType, objectId, outcome, detail));

    public async Task AppendNowAsync(AuditOutcome outcome, string detail, CancellationToken cancellationToken)
    {
        var action = CurrentAction();
        var objectId = http.HttpContext?.GetRouteValue("id") as string;
        // A fresh context: the request's own one may hold the changes that were just refused.
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<TContext>();
        own.Set<AuditEntry>().Add(Entry(action.Action, action.ObjectType, objectId, outcome, detail));
        await own.SaveChangesAsync(cancellationToken);
    }

    private AuditedAction CurrentAction() =>
        http.HttpContext?.GetEndpoint()?.Metadata.GetMetadata<AuditedAction>()
        ?? throw new InvalidOperationException("This endpoint is not marked .Audited(action, objectType).");

    private AuditEntry Entry(string action, string objectType, string? objectId, AuditOutcome outcome, string? detail)
    {
        var context = http.HttpContext;
        var user = context?.User;
        var now = clock.GetUtcNow();
        return new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now.ToStoredPrecision(),
            Actor = user?.Caller() ?? (context is null ? SystemActor : "anonymous"),
            Roles = string.Join(',', user?.FindAll(PlatformAuthentication.RoleClaim).Select(c => c.Value) ?? []),
            Organization = user?.Organization(),
            Action = action,
            ObjectType = objectType,
            ObjectId = objectId,
            Outcome = outcome,
            Detail = detail,
            TraceId = Activity.Current?.TraceId.ToString(),
            SourceAddress = context?.Connection.RemoteIpAddress?.ToString(),
        };
    }
}
