namespace AlliancePlatform.Evaluation.Domain;

public enum SelfAssessmentStatus
{
    Draft,
    Submitted,
    /// <summary>The secretariat sent it back while the window was open; the alliance corrects it and submits again.</summary>
    Returned,
    /// <summary>The secretariat found it complete (Art 21).</summary>
    Accepted,
}
