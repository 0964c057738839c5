namespace AlliancePlatform.Evaluation.Domain;

/// <summary>One expert's score on one indicator (Art 22).</summary>
public sealed class ExpertScore
{
    private ExpertScore()
    {
    }

    public Guid Id { get; private init; }
    public Guid IndicatorId { get; private init; }
    public decimal Score { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    internal static ExpertScore Record(Guid indicatorId, decimal score, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        IndicatorId = indicatorId,
        Score = score,
        RecordedAt = now.Stored(),
    };

    internal void Change(decimal score, DateTimeOffset now)
    {
        Score = score;
        RecordedAt = now.Stored();
    }
}
