using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AlliancePlatform.ServiceDefaults.Messaging;

/// <summary>Records that a consumer received a message, in the transaction that applies its effect.</summary>
public interface IInbox
{
    /// <returns>A receipt to complete after applying the effect, or null when this consumer already applied the message.</returns>
    Task<IInboxReceipt?> TryReceiveAsync(string consumer, Guid messageId, CancellationToken cancellationToken);
}

public interface IInboxReceipt : IAsyncDisposable
{
    /// <summary>Saves the effect and the inbox row together.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}

internal sealed class EfInbox<TContext>(TContext db, TimeProvider clock) : IInbox where TContext : DbContext
{
    public async Task<IInboxReceipt?> TryReceiveAsync(string consumer, Guid messageId, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // A concurrent duplicate blocks on the key until the first commits, then only counts itself.
            // xmax = 0 holds for a freshly inserted row, not for one updated on conflict.
            var traceId = Activity.Current?.TraceId.ToString() ?? "";
            var firstDelivery = await db.Database.SqlQuery<bool>($"""
                INSERT INTO inbox_messages (consumer, message_id, received_at, trace_id, duplicate_deliveries)
                VALUES ({consumer}, {messageId}, {clock.GetUtcNow()}, {traceId}, 0)
                ON CONFLICT (consumer, message_id) DO UPDATE SET duplicate_deliveries = inbox_messages.duplicate_deliveries + 1
                RETURNING (xmax = 0) AS "Value"
                """).ToListAsync(cancellationToken);
            if (!firstDelivery.Single())
            {
                await transaction.CommitAsync(cancellationToken);
                await transaction.DisposeAsync();
                return null;
            }
            return new Receipt(db, transaction);
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    private sealed class Receipt(TContext db, IDbContextTransaction transaction) : IInboxReceipt
    {
        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }
}
