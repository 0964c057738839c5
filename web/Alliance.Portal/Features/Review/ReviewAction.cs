using System.Security.Claims;
using AlliancePlatform.ServiceDefaults.Auth;

namespace AlliancePlatform.Portal.Features.Review;

/// <summary>The one thing the signed-in person can do on an application now, if any.</summary>
public enum ReviewAction
{
    None,
    Recommendation,
    FormalReview,
    BusinessReview,
    ExpertPanel,
    ExpertOpinion,
    MeetingDecision,
    ObjectionRulings,
}

public static class ReviewActions
{
    /// <summary>The roles with an inbox, in the order a person holding several is taken as.</summary>
    public static readonly IReadOnlyList<string> InboxRoles =
        [PlatformRoles.Recommender, PlatformRoles.Secretariat, PlatformRoles.BusinessDivision, PlatformRoles.AdminDivision, PlatformRoles.Expert];

    public static string? RoleOf(ClaimsPrincipal user) => InboxRoles.FirstOrDefault(user.IsInRole);

    public static readonly IReadOnlySet<string> ClosedStatuses = new HashSet<string> { "filed", "rejected", "lapsed", "withdrawn" };

    /// <summary>
    /// What the API would accept from <paramref name="role"/> in the application's state: the open stage must be that
    /// role's (an expert acts while the consultation runs, once, on a panel the API only shows them when they sit on it).
    /// </summary>
    public static ReviewAction For(ReviewApplication application, string? role)
    {
        if (role == PlatformRoles.Expert)
        {
            return application.Status == "business_review_passed" && application.Panel.Any(p => p.Opinion is null)
                ? ReviewAction.ExpertOpinion
                : ReviewAction.None;
        }
        if (role is null || application.OpenStage?.AssigneeRole != role)
        {
            return ReviewAction.None;
        }
        return (role, application.Status) switch
        {
            (PlatformRoles.Recommender, "submitted") => ReviewAction.Recommendation,
            (PlatformRoles.Secretariat, "recommended") => ReviewAction.FormalReview,
            (PlatformRoles.BusinessDivision, "formal_review_passed") => ReviewAction.BusinessReview,
            (PlatformRoles.AdminDivision, "business_review_passed") => ReviewAction.ExpertPanel,
            (PlatformRoles.AdminDivision, "expert_consulted") => ReviewAction.MeetingDecision,
            (PlatformRoles.AdminDivision, "public_notice") => ReviewAction.ObjectionRulings,
            _ => ReviewAction.None,
        };
    }

    /// <summary>Whether an inbox row waits for <paramref name="role"/> (experts: see <see cref="For"/> on the full application).</summary>
    public static bool WaitsFor(FilingSummary row, string? role) =>
        role is not null && role != PlatformRoles.Expert && row.AssigneeRole == role;
}
