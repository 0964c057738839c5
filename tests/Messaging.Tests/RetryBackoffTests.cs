using AlliancePlatform.ServiceDefaults.Messaging;

namespace AlliancePlatform.Messaging.Tests;

public class RetryBackoffTests
{
    private readonly RetryBackoff _backoff = new(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));

    [Theory]
    [InlineData(1, 250)]
    [InlineData(2, 500)]
    [InlineData(3, 1000)]
    [InlineData(5, 4000)]
    public void Delay_DoublesWithEachAttempt(int attempts, int expectedMilliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), _backoff.Delay(attempts));

    [Theory]
    [InlineData(6)]
    [InlineData(50)]
    [InlineData(int.MaxValue)]
    public void Delay_NeverExceedsTheCeilingSoAReturningBrokerIsNoticedSoon(int attempts) =>
        Assert.Equal(TimeSpan.FromSeconds(5), _backoff.Delay(attempts));
}
