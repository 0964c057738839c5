using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AlliancePlatform.ServiceDefaults.Messaging;

/// <summary>Traces and metrics of the outbox relay and the inbox.</summary>
public static class MessagingTelemetry
{
    public const string Name = "Alliance.Messaging";

    internal static readonly ActivitySource Source = new(Name);
    internal static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> Published = Meter.CreateCounter<long>("alliance.outbox.published", description: "Outbox messages confirmed by the broker");
    internal static readonly Counter<long> PublishFailures = Meter.CreateCounter<long>("alliance.outbox.publish_failures", description: "Outbox publish attempts that failed and will be retried");
    internal static readonly Counter<long> DuplicatesSkipped = Meter.CreateCounter<long>("alliance.inbox.duplicates_skipped", description: "Deliveries skipped because the inbox had already applied them");
}
