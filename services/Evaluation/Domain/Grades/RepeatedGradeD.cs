namespace AlliancePlatform.Evaluation.Domain;

/// <summary>An alliance graded D in two consecutive campaigns: the service raises the revocation event (domain.md §5 [policy default]).</summary>
public sealed record RepeatedGradeD(Guid AllianceId, Guid CampaignId, int Year, Guid PreviousCampaignId, int PreviousYear);

public static class RepeatedGradeDRule
{
    /// <summary>
    /// The decision for a grade just published, given the alliance's grade published by the campaign before this one
    /// (null when it was not graded there, which breaks the run): D after D is a <see cref="RepeatedGradeD"/>.
    /// </summary>
    public static RepeatedGradeD? Decide(PublishedGrade current, PublishedGrade? previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (previous is null || current.Grade != Grade.D || previous.Grade != Grade.D)
        {
            return null;
        }

        if (previous.AllianceId != current.AllianceId)
        {
            throw new ArgumentException("The previous grade is another alliance's.", nameof(previous));
        }

        if (previous.CampaignId == current.CampaignId || previous.Year > current.Year)
        {
            throw new ArgumentException("The previous grade is not from an earlier campaign.", nameof(previous));
        }

        return new RepeatedGradeD(current.AllianceId, current.CampaignId, current.Year, previous.CampaignId, previous.Year);
    }
}
