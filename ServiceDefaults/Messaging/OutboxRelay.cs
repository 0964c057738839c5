using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlliancePlatform.ServiceDefaults.Messaging;

/// <summary>Drains the outbox: at once after a local commit, otherwise every poll interval.</summary>
internal sealed class OutboxRelay(
    OutboxDispatcher dispatcher,
    IOutboxStore store,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private static readonly TimeSpan CleanupEvery = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var nextCleanup = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var result = new DispatchResult(0, 0, Failed: true);
            try
            {
                result = await dispatcher.DispatchOnceAsync(stoppingToken);
                if (clock.GetUtcNow() >= nextCleanup)
                {
                    nextCleanup = clock.GetUtcNow() + CleanupEvery;
                    await store.DeleteSentBeforeAsync(clock.GetUtcNow() - settings.RetainSent, stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "The outbox relay could not reach its database; it will try again");
            }

            if (!result.MoreMayBeWaiting(settings.BatchSize))
            {
                var wait = result.Failed ? settings.RetryInitialDelay : settings.PollInterval;
                await signal.WaitAsync(wait, stoppingToken);
            }
        }
    }
}
