using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace AlliancePlatform.ServiceDefaults.Messaging;

/// <summary>
/// Claims due rows with <c>FOR UPDATE SKIP LOCKED</c> so replicas never publish the same row at once,
/// and skips a row while an earlier row of its aggregate is unsent, which keeps per-aggregate order.
/// </summary>
internal sealed class EfOutboxStore<TContext>(IServiceScopeFactory scopes) : IOutboxStore where TContext : DbContext
{
    public async Task<IOutboxBatch> ClaimAsync(int maxMessages, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var messages = await db.Set<OutboxMessage>()
                .FromSql($"""
                    SELECT o.* FROM outbox_messages o
                    WHERE o.sent_at IS NULL AND o.next_attempt_at <= {now}
                      AND NOT EXISTS (
                        SELECT 1 FROM outbox_messages e
                        WHERE e.aggregate_id = o.aggregate_id AND e.sent_at IS NULL AND e.sequence < o.sequence)
                    ORDER BY o.sequence
                    LIMIT {maxMessages}
                    FOR UPDATE OF o SKIP LOCKED
                    """)
                .ToListAsync(cancellationToken);
            return new Batch(scope, db, transaction, messages);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    public async Task<int> DeleteSentBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.Set<OutboxMessage>()
            .Where(m => m.SentAt != null && m.SentAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
    }

    private sealed class Batch(AsyncServiceScope scope, TContext db, IDbContextTransaction transaction, IReadOnlyList<OutboxMessage> messages)
        : IOutboxBatch
    {
        public IReadOnlyList<OutboxMessage> Messages => messages;

        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await scope.DisposeAsync();
        }
    }
}
