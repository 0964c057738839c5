namespace AlliancePlatform.ServiceDefaults.Messaging;

/// <summary>Settings of the outbox relay (configuration section <c>Messaging:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Messaging:Outbox";

    public int BatchSize { get; set; } = 100;
    /// <summary>How long the relay sleeps when no commit wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>How long one publish may wait for the broker's confirm before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromMilliseconds(250);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Published rows are kept this long for diagnosis, then deleted.</summary>
    public TimeSpan RetainSent { get; set; } = TimeSpan.FromDays(7);

    public RetryBackoff Backoff => new(RetryInitialDelay, RetryMaxDelay);
}
