using System.Collections.Concurrent;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>
/// A subscriber as another government platform would be one: its own queue bound to the published exchanges,
/// reading MassTransit's JSON envelope. Disposed, its queue goes away.
/// </summary>
public sealed class EventObserver : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly ConcurrentQueue<(string EventName, JsonElement Message)> _received = new();

    private EventObserver(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<EventObserver> StartAsync(string brokerUri, params string[] eventNames)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(brokerUri) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var observer = new EventObserver(connection, channel);
        var queue = (await channel.QueueDeclareAsync(queue: "", durable: false, exclusive: true, autoDelete: true)).QueueName;
        foreach (var name in eventNames)
        {
            // Declared as MassTransit declares it, so whichever side comes first, both agree.
            await channel.ExchangeDeclareAsync(name, ExchangeType.Fanout, durable: true, autoDelete: false);
            await channel.QueueBindAsync(queue, name, routingKey: "");
        }
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var envelope = JsonDocument.Parse(delivery.Body).RootElement;
            observer._received.Enqueue((delivery.Exchange, envelope.GetProperty("message").Clone()));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        return observer;
    }

    /// <summary>Waits for an event of that name for which <paramref name="matches"/> holds.</summary>
    public async Task<JsonElement> ReceivedAsync(string eventName, Func<JsonElement, bool> matches, TimeSpan? within = null)
    {
        var found = await Eventually.ReturnsAsync(
            () => Task.FromResult(_received.Where(r => r.EventName == eventName).Select(r => (JsonElement?)r.Message).FirstOrDefault(m => matches(m!.Value))),
            message => message is not null,
            within ?? TimeSpan.FromSeconds(20),
            $"an event {eventName}");
        return found!.Value;
    }

    public IReadOnlyList<JsonElement> All(string eventName) => [.. _received.Where(r => r.EventName == eventName).Select(r => r.Message)];

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}
