using System.Globalization;
using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Features.Notices;

/// <summary>
/// The objection form, with the API's rules (every field required; at most 100, 200 and 4000 characters). Its
/// <see cref="IdempotencyKey"/> is made once per form: a double click or a retry after an error files once.
/// </summary>
public sealed class ObjectionForm
{
    public const int NameMaxLength = 100;
    public const int ContactMaxLength = 200;
    public const int ContentMaxLength = 4000;

    public string? Name { get; set; }
    public string? Contact { get; set; }
    public string? Content { get; set; }

    public string IdempotencyKey { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Set by the first attempt to file: problems are shown from then on, not while the person starts typing.</summary>
    public bool Attempted { get; set; }

    /// <summary>The server's last answer, if it was a problem; its field errors are shown beside the fields.</summary>
    public ApiProblem? ServerProblem { get; set; }

    /// <summary>The text key of what is wrong with a field, or null.</summary>
    public static string? Problem(string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? "FieldRequired" : value.Trim().Length > maxLength ? "FieldTooLong" : null;

    public string? NameProblem => Problem(Name, NameMaxLength);
    public string? ContactProblem => Problem(Contact, ContactMaxLength);
    public string? ContentProblem => Problem(Content, ContentMaxLength);

    public bool IsValid => NameProblem is null && ContactProblem is null && ContentProblem is null;

    /// <summary>The server's errors for one of the API's fields (<c>name</c>, <c>contact</c>, <c>content</c>), joined.</summary>
    public string? ServerErrorsOf(string field, CultureInfo culture) =>
        ServerProblem?.ErrorTextOf(field, culture);

    /// <summary>The server's problem when not all of it can be shown beside a field (a closed notice, a field the form lacks).</summary>
    public ApiProblem? UnplacedProblem =>
        ServerProblem?.UnplacedBeside(Fields);

    private static readonly string[] Fields = ["name", "contact", "content"];

    public object ToRequest() => new { name = Name!.Trim(), contact = Contact!.Trim(), content = Content!.Trim() };
}
