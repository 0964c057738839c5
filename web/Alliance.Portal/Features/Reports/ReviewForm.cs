namespace AlliancePlatform.Portal.Features.Reports;

/// <summary>The secretariat's decision on a submitted report: a return needs its reason (at most 4000 characters).</summary>
public sealed class ReviewForm
{
    public const int ReasonMaxLength = 4000;

    public string? Reason { get; set; }

    public string AcceptKey { get; private set; } = NewKey();
    public string ReturnKey { get; private set; } = NewKey();

    /// <summary>Set once returning was tried: the reason's problem is shown from then on.</summary>
    public bool Attempted { get; set; }

    public string? ReasonProblem =>
        string.IsNullOrWhiteSpace(Reason) ? "FieldRequired" : Reason.Trim().Length > ReasonMaxLength ? "FieldTooLong" : null;

    public void Accepted() => AcceptKey = NewKey();

    public void Returned()
    {
        ReturnKey = NewKey();
        Reason = null;
        Attempted = false;
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
