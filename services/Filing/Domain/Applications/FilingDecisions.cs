namespace AlliancePlatform.Filing.Domain;

/// <summary>The decisions recorded on stages and in the history, as stable snake_case words.</summary>
public static class FilingDecisions
{
    public const string Created = "created";
    public const string Submitted = "submitted";
    public const string Recommended = "recommended";
    public const string Returned = "returned";
    public const string Passed = "passed";
    public const string CorrectionRequested = "correction_requested";
    public const string Resubmitted = "resubmitted";
    public const string Rejected = "rejected";
    public const string Lapsed = "lapsed";
    public const string Consulted = "consulted";
    public const string Approved = "approved";
    public const string NoticeStarted = "notice_started";
    public const string ObjectionUpheld = "objection_upheld";
    public const string Filed = "filed";
    public const string Withdrawn = "withdrawn";
}
