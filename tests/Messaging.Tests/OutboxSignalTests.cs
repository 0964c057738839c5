using AlliancePlatform.ServiceDefaults.Messaging;

namespace AlliancePlatform.Messaging.Tests;

public class OutboxSignalTests
{
    [Fact]
    public async Task WaitAsync_ReturnsAtOnceWhenACommitSignalled()
    {
        var signal = new OutboxSignal();
        signal.Notify();

        Assert.True(await signal.WaitAsync(TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task WaitAsync_ReturnsFalseWhenNothingSignalledBeforeThePollInterval()
    {
        var signal = new OutboxSignal();

        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(20), CancellationToken.None));
    }

    [Fact]
    public async Task Notify_ManySignalsFoldIntoOneWakeUp()
    {
        var signal = new OutboxSignal();
        for (var i = 0; i < 100; i++)
        {
            signal.Notify();
        }

        Assert.True(await signal.WaitAsync(TimeSpan.FromSeconds(1), CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(20), CancellationToken.None));
    }

    [Fact]
    public async Task WaitAsync_StopsWhenTheServiceStops()
    {
        var signal = new OutboxSignal();
        using var stopping = new CancellationTokenSource();
        var waiting = signal.WaitAsync(TimeSpan.FromMinutes(1), stopping.Token);

        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
