using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.ServiceDefaults.Messaging;

/// <summary>Records integration events in the unit of work; they are published only if it commits.</summary>
public interface IOutbox
{
    /// <param name="aggregateId">Events of one aggregate are published in the order they were added.</param>
    void Add(object integrationEvent, string aggregateId);
}

internal sealed class Outbox<TContext>(TContext db, TimeProvider clock) : IOutbox where TContext : DbContext
{
    public void Add(object integrationEvent, string aggregateId) =>
        db.Set<OutboxMessage>().Add(OutboxMessage.For(integrationEvent, aggregateId, clock.GetUtcNow(), Activity.Current));
}
