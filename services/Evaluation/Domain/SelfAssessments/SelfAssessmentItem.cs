namespace AlliancePlatform.Evaluation.Domain;

/// <summary>The alliance's score on one indicator with its evidence, and the figure pre-filled from its annual report.</summary>
public sealed class SelfAssessmentItem
{
    private readonly List<Guid> _evidence = [];

    private SelfAssessmentItem()
    {
    }

    public Guid Id { get; private init; }
    public Guid IndicatorId { get; private init; }
    /// <summary>The figure of the indicator's annual-report field (quantitative indicators, Art 19 定量).</summary>
    public decimal? ReportedValue { get; private set; }
    public decimal? Score { get; private set; }
    /// <summary>Ids of the attachments that prove the score (证明材料).</summary>
    public IReadOnlyList<Guid> Evidence => _evidence;
    public DateTimeOffset? ScoredAt { get; private set; }

    public bool IsScored => Score is not null;

    internal static SelfAssessmentItem For(Guid indicatorId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        IndicatorId = indicatorId,
    };

    internal void Prefill(decimal value) => ReportedValue = value;

    internal void Record(decimal score, IEnumerable<Guid> evidence, DateTimeOffset now)
    {
        Score = score;
        _evidence.Clear();
        _evidence.AddRange(evidence);
        ScoredAt = now.Stored();
    }
}
