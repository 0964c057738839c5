using System.Diagnostics;
using AlliancePlatform.Contracts.Membership;
using AlliancePlatform.ServiceDefaults.Messaging;

namespace AlliancePlatform.Messaging.Tests;

public class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(8));
    private static readonly AllianceRegistered Registered = new(Guid.NewGuid(), "黑龙江省新材料产业技术创新联盟", "new_materials", Now);

    [Fact]
    public void For_FixesTheMessageIdAndTheVersionedEventNameAtWriteTime()
    {
        var message = OutboxMessage.For(Registered, Registered.AllianceId.ToString(), Now, activity: null);

        Assert.NotEqual(Guid.Empty, message.Id);
        Assert.Equal(7, message.Id.Version);
        Assert.Equal("alliance.membership.alliance-registered.v1", message.EventName);
        Assert.Equal(Registered.AllianceId.ToString(), message.AggregateId);
        Assert.Equal(Now, message.CreatedAt);
        Assert.Equal(Now, message.NextAttemptAt);
        Assert.Null(message.SentAt);
    }

    [Fact]
    public void For_GivesEveryMessageItsOwnId()
    {
        var first = OutboxMessage.For(Registered, "a", Now, null);
        var second = OutboxMessage.For(Registered, "a", Now, null);

        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void DeserializeEvent_ReturnsTheEventThatWasWritten()
    {
        var message = OutboxMessage.For(Registered, "a", Now, null);

        var restored = message.DeserializeEvent(out var type);

        Assert.Equal(typeof(AllianceRegistered), type);
        Assert.Equal(Registered, restored);
    }

    [Fact]
    public void For_KeepsTheWritersTraceSoTheRelayContinuesIt()
    {
        using var activity = new Activity("register alliance").SetIdFormat(ActivityIdFormat.W3C).Start();

        var message = OutboxMessage.For(Registered, "a", Now, activity);

        Assert.Equal(activity.Id, message.TraceParent);
        Assert.Contains(activity.TraceId.ToString(), message.TraceParent);
    }

    [Fact]
    public void For_RefusesAMessageWithoutAnAggregate()
    {
        Assert.Throws<ArgumentException>(() => OutboxMessage.For(Registered, " ", Now, null));
    }

    [Fact]
    public void MarkFailed_CountsTheAttemptAndSchedulesTheRetryByBackoff()
    {
        var message = OutboxMessage.For(Registered, "a", Now, null);
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));

        message.MarkFailed("broker unreachable", Now, backoff);
        message.MarkFailed("broker unreachable", Now, backoff);

        Assert.Equal(2, message.Attempts);
        Assert.Equal(Now + TimeSpan.FromSeconds(2), message.NextAttemptAt);
        Assert.Equal("broker unreachable", message.LastError);
        Assert.Null(message.SentAt);
    }

    [Fact]
    public void MarkSent_RecordsWhenTheBrokerConfirmed()
    {
        var message = OutboxMessage.For(Registered, "a", Now, null);
        message.MarkFailed("broker unreachable", Now, RetryBackoff.Default);

        message.MarkSent(Now.AddSeconds(3));

        Assert.Equal(Now.AddSeconds(3), message.SentAt);
        Assert.Null(message.LastError);
    }
}
