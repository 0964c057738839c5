using MassTransit;

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>Publishes events on the platform's broker as another service would, each under a message id of its own.</summary>
public static class Publisher
{
    public static async Task PublishAsync<T>(this PlatformFixture platform, params T[] messages) where T : class
    {
        var broker = new Uri(await platform.ConnectionStringAsync("rabbitmq"));
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(broker));
        await bus.StartAsync();
        try
        {
            foreach (var message in messages)
            {
                await bus.Publish(message, c => c.MessageId = NewId.NextGuid());
            }
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
