namespace AlliancePlatform.Evaluation.Domain;

/// <summary>An expert assigned to an alliance's review (Art 22) and the scores they gave.</summary>
public sealed class ReviewExpert
{
    private readonly List<ExpertScore> _scores = [];

    private ReviewExpert()
    {
    }

    public Guid Id { get; private init; }
    /// <summary>The expert in the expert register.</summary>
    public Guid ExpertId { get; private init; }
    public string Subject { get; private init; } = "";
    public string Name { get; private init; } = "";
    public string UnitCreditCode { get; private init; } = "";
    public DateTimeOffset AssignedAt { get; private init; }
    public string AssignedBy { get; private init; } = "";
    /// <summary>When the expert handed in a complete score sheet; only handed-in sheets count.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }
    /// <summary>Set when the admin division took the expert off before they handed in; the entry stays for the record.</summary>
    public DateTimeOffset? RemovedAt { get; private set; }
    public IReadOnlyList<ExpertScore> Scores => _scores;

    public bool IsAssigned => RemovedAt is null;
    public bool HasSubmitted => SubmittedAt is not null;

    /// <summary>The score given on the indicator, if any.</summary>
    public decimal? ScoreOn(Guid indicatorId) => _scores.FirstOrDefault(s => s.IndicatorId == indicatorId)?.Score;

    internal static ReviewExpert Assign(ExpertCandidate candidate, Actor actor, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ExpertId = candidate.ExpertId,
        Subject = candidate.Subject.Trim(),
        Name = candidate.Name.Trim(),
        UnitCreditCode = candidate.UnitCreditCode.Trim(),
        AssignedAt = now.Stored(),
        AssignedBy = actor.Subject,
    };

    internal void Record(Guid indicatorId, decimal score, DateTimeOffset now)
    {
        var existing = _scores.FirstOrDefault(s => s.IndicatorId == indicatorId);
        if (existing is null)
        {
            _scores.Add(ExpertScore.Record(indicatorId, score, now));
        }
        else
        {
            existing.Change(score, now);
        }
    }

    internal void Submit(DateTimeOffset now) => SubmittedAt = now.Stored();

    internal void Remove(DateTimeOffset now) => RemovedAt = now.Stored();
}
