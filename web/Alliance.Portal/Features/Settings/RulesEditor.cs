using System.Globalization;
using System.Text.RegularExpressions;
using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Features.Settings;

/// <summary>A line as the admin division edits it; the article follows from the kind, as the API derives it.</summary>
public sealed class RuleLineDraft
{
    public string Grade { get; set; } = "A";
    public string Kind { get; set; } = RuleCodes.Kinds[0];
    public string Holder { get; set; } = RuleCodes.Alliance;
    public bool NeedsAdminDecision { get; set; }
    public string Article => RuleCodes.ArticleOf(Kind);

    public (string, string, string, bool) Key => (Grade, Kind, Holder, NeedsAdminDecision);
}

/// <summary>
/// The editor of the rules, started from one version (sent back as <c>expectedVersion</c>), with the API's checks: a reason,
/// each kind to the right holder, no grade/kind/holder twice, something changed. Its <see cref="IdempotencyKey"/> is made
/// once and renewed only after a save, so a double click or a retry saves once.
/// </summary>
public sealed partial class RulesEditor
{
    public const int ReasonMaxLength = 4000;
    public const string StaleCode = "support.entitlement_rules_stale";
    private const string ReasonRequiredCode = "support.reason_required";
    private const string ReasonTooLongCode = "support.text_too_long";

    private List<(string, string, string, bool)> _started = [];

    public RulesEditor(EntitlementRuleSet version) => Start(version);

    public int StartedFrom { get; private set; }
    public List<RuleLineDraft> Lines { get; private set; } = [];
    public string? Reason { get; set; }
    public string IdempotencyKey { get; private set; } = NewKey();

    /// <summary>Set by the first attempt to save: problems are shown from then on.</summary>
    public bool Attempted { get; set; }

    /// <summary>The server's last refusal; a stale one is told apart (<see cref="IsStale"/>).</summary>
    public ApiProblem? ServerProblem { get; set; }

    /// <summary>The version someone else saved meanwhile, once known.</summary>
    public int? SavedMeanwhile { get; set; }

    public bool IsStale => ServerProblem?.Code == StaleCode;

    public bool Changed => !Sorted(Lines.Select(l => l.Key)).SequenceEqual(_started);

    public void Add()
    {
        var used = Lines.Select(l => (l.Grade, l.Kind, l.Holder)).ToHashSet();
        // The first combination not yet in the rules, so that a new line is not a duplicate from the start.
        var free = (from grade in RuleCodes.Grades
                    from kind in RuleCodes.Kinds
                    from holder in RuleCodes.Holders
                    where RuleCodes.HolderFits(kind, holder) && !used.Contains((grade, kind, holder))
                    select new RuleLineDraft { Grade = grade, Kind = kind, Holder = holder }).FirstOrDefault();
        Lines.Add(free ?? new RuleLineDraft());
    }

    public void Remove(RuleLineDraft line) => Lines.Remove(line);

    /// <summary>The text key of what is wrong with a line (the API would refuse the whole edit for it), or null.</summary>
    public string? LineProblem(RuleLineDraft line)
    {
        if (!RuleCodes.Grades.Contains(line.Grade) || !RuleCodes.Kinds.Contains(line.Kind) || !RuleCodes.Holders.Contains(line.Holder))
        {
            return "SettingsRuleValueUnknown";
        }
        if (!RuleCodes.HolderFits(line.Kind, line.Holder))
        {
            return RuleCodes.IsUnitKind(line.Kind) ? "SettingsRuleNeedsUnit" : "SettingsRuleNeedsAlliance";
        }
        return Lines.Count(l => l.Grade == line.Grade && l.Kind == line.Kind && l.Holder == line.Holder) > 1 ? "SettingsRuleDuplicate" : null;
    }

    public string? ReasonProblem =>
        string.IsNullOrWhiteSpace(Reason) ? "FieldRequired" : Reason.Trim().Length > ReasonMaxLength ? "FieldTooLong" : null;

    /// <summary>Nothing changed: the API would answer 409 support.entitlement_rules_unchanged.</summary>
    public string? RulesProblem => Changed ? null : "SettingsRulesUnchanged";

    public bool IsValid => ReasonProblem is null && RulesProblem is null && Lines.All(l => LineProblem(l) is null);

    public object ToRequest() => new
    {
        expectedVersion = StartedFrom,
        reason = Reason?.Trim(),
        rules = Lines.Select(l => new { grade = l.Grade, kind = l.Kind, holder = l.Holder, needsAdminDecision = l.NeedsAdminDecision }).ToList(),
    };

    /// <summary>The server's errors about the reason: a field error or the domain's reason codes.</summary>
    public string? ServerReasonError(CultureInfo culture)
    {
        if (ServerProblem is not { } problem)
        {
            return null;
        }
        if (problem.Code is ReasonRequiredCode or ReasonTooLongCode)
        {
            return string.Join(" ", problem.Messages(culture));
        }
        return problem.ErrorTextOf("reason", culture);
    }

    /// <summary>The server's field errors about line <paramref name="index"/> (keys such as <c>rules[2].grade</c>).</summary>
    public string? ServerLineError(int index, CultureInfo culture)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        var errors = ServerProblem?.Fields.Where(f => LineIndexOf(f.Key) == index).SelectMany(f => f.Value).Select(t => ApiProblem.InLanguage(t, english)).ToList();
        return errors is { Count: > 0 } ? string.Join(" ", errors) : null;
    }

    /// <summary>The server's problem when it cannot be shown beside the reason or a line (shown above the editor).</summary>
    public ApiProblem? UnplacedProblem(CultureInfo culture) =>
        ServerProblem is { } problem && !IsStale && problem.Code is not (ReasonRequiredCode or ReasonTooLongCode)
            ? problem.UnplacedBeside(k => LineIndexOf(k) is not null || k.Split('.')[^1].Equals("reason", StringComparison.OrdinalIgnoreCase))
            : null;

    /// <summary>The version was saved: the editor starts again from it, with a new key.</summary>
    public void Saved(EntitlementRuleSet saved)
    {
        Start(saved);
        Reason = null;
        Attempted = false;
        IdempotencyKey = NewKey();
    }

    /// <summary>After a stale refusal: the current version replaces the lines (the person chose to); the reason typed stays.</summary>
    public void Reload(EntitlementRuleSet current)
    {
        Start(current);
        Attempted = false;
    }

    private void Start(EntitlementRuleSet version)
    {
        StartedFrom = version.Version;
        Lines = [.. version.Rules.Select(r => new RuleLineDraft { Grade = r.Grade, Kind = r.Kind, Holder = r.Holder, NeedsAdminDecision = r.NeedsAdminDecision })];
        _started = Sorted(Lines.Select(l => l.Key));
        ServerProblem = null;
        SavedMeanwhile = null;
    }

    private static List<(string, string, string, bool)> Sorted(IEnumerable<(string, string, string, bool)> lines) =>
        [.. lines.OrderBy(l => l.Item1, StringComparer.Ordinal).ThenBy(l => l.Item3, StringComparer.Ordinal).ThenBy(l => l.Item2, StringComparer.Ordinal).ThenBy(l => l.Item4)];

    private static int? LineIndexOf(string key) =>
        LineIndex().Match(key) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"rules\[(\d+)\]", RegexOptions.IgnoreCase)]
    private static partial Regex LineIndex();

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
