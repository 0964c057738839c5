using System.Globalization;
using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Features.MyFiling;

/// <summary>
/// A reason sent with a step (the note of a resubmitted correction, why the application is withdrawn): optional, at
/// most <see cref="FilingRules.ReasonMaxLength"/> characters, as the API takes it. One Idempotency-Key per form.
/// </summary>
public sealed class ReasonForm
{
    public string? Reason { get; set; }

    public string IdempotencyKey { get; } = Guid.NewGuid().ToString("N");

    public bool Attempted { get; set; }

    public ApiProblem? ServerProblem { get; set; }

    public string? ReasonProblem => Reason?.Trim().Length > FilingRules.ReasonMaxLength ? "FieldTooLong" : null;

    public bool IsValid => ReasonProblem is null;

    public string? ServerErrorsOf(CultureInfo culture) =>
        ServerProblem?.ErrorTextOf("reason", culture);

    public ApiProblem? UnplacedProblem =>
        ServerProblem?.UnplacedBeside(["reason"]);

    public object ToRequest() => new { reason = string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim() };
}
