using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace AlliancePlatform.EndToEnd.Tests;

/// <summary>
/// Every route every service publishes, read from its OpenAPI document (which ASP.NET Core builds from
/// the endpoint data source), must have a rule here; each is then called without a token, with a role
/// it does not allow, and — for routes with an id — with another organisation's token.
/// A new route without a rule fails <see cref="EveryPublishedRoute_HasARule"/>.
/// </summary>
[Collection(PlatformCollection.Name)]
public class AuthorizationMatrixTests(PlatformFixture platform)
{
    /// <summary>What a route names by id: nothing, an alliance, a member unit, a filing application (a draft), or a draft campaign with the shared filed alliance in scope.</summary>
    private enum Target { None, Alliance, Unit, Application, FiledAlliance, Campaign }

    /// <summary>
    /// What an applicant of another organisation gets. <see cref="ForOthers.OwnUnit"/>: it acts for its own unit, done or
    /// refused by the rule's 409 when that unit may not (whether it may depends on memberships other tests set up).
    /// </summary>
    private enum ForOthers { NotFound, Forbidden, Allowed, OwnUnit }

    /// <param name="Public">Anyone may call it without signing in (public register, notices, objections).</param>
    private sealed record Rule(string Method, string Path, Target Target, ForOthers ForOthers, object? Body = null, bool Public = false)
    {
        public string Key => $"{Method} {Path.Split('?')[0]}";
    }

    /// <summary>Where a request goes, and the alliance it concerns when the body must name it.</summary>
    private sealed record Aim(string Path, Guid? AllianceId = null);

    private const string AllianceInBody = "{allianceInBody}";
    private const string Multipart = "{multipart}";

    private static readonly Guid SomeUnit = Guid.NewGuid();
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Routes and what they expose; the roles allowed are the services' own declarations.</summary>
    private static readonly Rule[] Rules =
    [
        new("POST", "/api/membership/alliances", Target.None, ForOthers.Allowed, new { name = "{unique}", industryField = "new_materials" }),
        new("GET", "/api/membership/alliances", Target.None, ForOthers.Allowed),
        new("GET", "/api/membership/alliances/{id}", Target.Alliance, ForOthers.NotFound),
        new("PUT", "/api/membership/alliances/{id}/profile", Target.Alliance, ForOthers.NotFound, new { name = "{unique}", industryField = "new_materials" }),
        new("POST", "/api/membership/alliances/{id}/members", Target.Alliance, ForOthers.NotFound, new { memberUnitId = SomeUnit, joinedOn = Today }),
        new("POST", "/api/membership/alliances/{id}/members/{memberUnitId}/departure", Target.Alliance, ForOthers.NotFound, new { leftOn = Today, reason = "test" }),
        new("PUT", "/api/membership/alliances/{id}/chair-unit", Target.Alliance, ForOthers.NotFound, new { memberUnitId = SomeUnit, changedOn = Today }),
        new("PUT", "/api/membership/alliances/{id}/secretary-general-unit", Target.Alliance, ForOthers.NotFound, new { memberUnitId = SomeUnit, changedOn = Today }),
        new("POST", "/api/membership/alliances/{id}/council", Target.Alliance, ForOthers.NotFound, new { personName = "张伟", memberUnitId = SomeUnit, position = "member" }),
        new("DELETE", "/api/membership/alliances/{id}/council/{councilMemberId}", Target.Alliance, ForOthers.NotFound),
        new("POST", "/api/membership/alliances/{id}/expert-committee", Target.Alliance, ForOthers.NotFound, new { name = "刘洋", affiliation = "哈工大", title = "教授" }),
        new("DELETE", "/api/membership/alliances/{id}/expert-committee/{expertId}", Target.Alliance, ForOthers.NotFound),
        new("PUT", "/api/membership/alliances/{id}/secretariat", Target.Alliance, ForOthers.NotFound, new { officeAddress = "哈尔滨", staffCount = 1, annualBudget = 1m }),
        new("POST", "/api/membership/alliances/{id}/formation-steps", Target.Alliance, ForOthers.NotFound, new { step = "initiated", takenOn = Today }),
        new("POST", "/api/membership/alliances/{id}/charters", Target.Alliance, ForOthers.NotFound, new { taskDivision = "分工" }),
        new("POST", "/api/membership/alliances/{id}/charters/{version}/signatures", Target.Alliance, ForOthers.NotFound, new { memberUnitId = SomeUnit, signerName = "王建国", signedOn = Today }),
        new("GET", "/api/membership/alliances/{id}/charters/{version}", Target.Alliance, ForOthers.NotFound),
        new("GET", "/api/membership/alliances/{id}/eligibility", Target.Alliance, ForOthers.NotFound),
        new("POST", "/api/membership/alliances/{id}/dissolution", Target.Alliance, ForOthers.NotFound, new { resolvedOn = Today, reason = "test" }),
        new("POST", "/api/membership/units", Target.None, ForOthers.Allowed, "{unit}"),
        new("GET", "/api/membership/units", Target.None, ForOthers.Allowed),
        // Units are shared by alliances: any applicant finds them, but only their maintainers change them or see their contacts.
        new("GET", "/api/membership/units/{id}", Target.Unit, ForOthers.Allowed),
        new("PUT", "/api/membership/units/{id}", Target.Unit, ForOthers.NotFound, UnitDetails),
        new("GET", "/api/filing/alliances/{id}", Target.Alliance, ForOthers.NotFound),
        // Filing: the applicant's own steps answer another unit's applicant 404; reviewers' steps are refused by role.
        new("POST", "/api/filing/applications", Target.Alliance, ForOthers.NotFound, AllianceInBody),
        new("GET", "/api/filing/applications", Target.None, ForOthers.Allowed),
        new("GET", "/api/filing/applications/{id}", Target.Application, ForOthers.NotFound),
        new("POST", "/api/filing/applications/{id}/submission", Target.Application, ForOthers.NotFound),
        new("POST", "/api/filing/applications/{id}/correction", Target.Application, ForOthers.NotFound, new { reason = "test" }),
        new("POST", "/api/filing/applications/{id}/withdrawal", Target.Application, ForOthers.NotFound, new { reason = "test" }),
        new("POST", "/api/filing/applications/{id}/attachments", Target.Application, ForOthers.NotFound, Multipart),
        new("GET", "/api/filing/applications/{id}/attachments/{attachmentId}", Target.Application, ForOthers.NotFound),
        new("DELETE", "/api/filing/applications/{id}/attachments/{attachmentId}", Target.Application, ForOthers.NotFound),
        new("POST", "/api/filing/applications/{id}/recommendation", Target.Application, ForOthers.Forbidden, new { decision = "recommend" }),
        new("POST", "/api/filing/applications/{id}/formal-review", Target.Application, ForOthers.Forbidden, new { decision = "pass" }),
        new("POST", "/api/filing/applications/{id}/business-review", Target.Application, ForOthers.Forbidden, new { decision = "pass" }),
        new("POST", "/api/filing/applications/{id}/panel", Target.Application, ForOthers.Forbidden, new { expertId = Guid.NewGuid() }),
        new("DELETE", "/api/filing/applications/{id}/panel/{expertId}", Target.Application, ForOthers.Forbidden),
        new("POST", "/api/filing/applications/{id}/expert-opinion", Target.Application, ForOthers.Forbidden, new { opinion = "supports", text = "test" }),
        new("POST", "/api/filing/applications/{id}/expert-consultation", Target.Application, ForOthers.Forbidden, new { consolidatedOpinion = "test" }),
        new("POST", "/api/filing/applications/{id}/decision", Target.Application, ForOthers.Forbidden,
            new { meetingOn = Today, meetingReference = "test", approved = true }),
        new("POST", "/api/filing/applications/{id}/objections/{objectionId}/ruling", Target.Application, ForOthers.Forbidden, new { upheld = false, reason = "test" }),
        new("POST", "/api/filing/experts", Target.None, ForOthers.Forbidden,
            new { accountName = "x", name = "x", kind = "industry", unitCreditCode = "91230100MA1D4E5F6G", unitName = "x" }),
        new("GET", "/api/filing/experts", Target.None, ForOthers.Forbidden),
        new("GET", "/api/filing/calendar/{year}", Target.None, ForOthers.Allowed),
        new("PUT", "/api/filing/calendar/{year}", Target.None, ForOthers.Forbidden, new { holidays = Array.Empty<DateOnly>(), makeUpWorkingDays = Array.Empty<DateOnly>() }),
        new("GET", "/api/filing/calendar/window?opensOn=2026-09-30&workingDays=5", Target.None, ForOthers.Allowed),
        new("GET", "/api/filing/calendar/working-days?from=2026-09-30&to=2026-10-31", Target.None, ForOthers.Allowed),
        new("POST", "/api/filing/revocation-cases", Target.None, ForOthers.Forbidden, new { allianceId = Guid.NewGuid(), cause = "other", grounds = "test grounds" }),
        new("GET", "/api/filing/revocation-cases", Target.None, ForOthers.Forbidden),
        new("GET", "/api/filing/revocation-cases/{id}", Target.None, ForOthers.Forbidden),
        new("POST", "/api/filing/revocation-cases/{id}/decision", Target.None, ForOthers.Forbidden, new { revoke = true, reason = "test" }),
        new("GET", "/api/public/notices", Target.None, ForOthers.Allowed, Public: true),
        new("GET", "/api/public/notices/{id}", Target.None, ForOthers.Allowed, Public: true),
        new("POST", "/api/public/notices/{id}/objections", Target.None, ForOthers.Allowed, new { name = "张先生", contact = "13800000000", content = "test" }, Public: true),
        new("GET", "/api/public/register", Target.None, ForOthers.Allowed, Public: true),
        new("GET", "/api/public/register/{allianceId}", Target.FiledAlliance, ForOthers.Allowed, Public: true),
        // Reporting: an alliance's reports are its acting units' and the provincial officials'.
        new("GET", "/api/reporting/alliances/{allianceId}/obligations", Target.FiledAlliance, ForOthers.NotFound),
        new("GET", "/api/reporting/alliances/{allianceId}/reports/{year}", Target.FiledAlliance, ForOthers.NotFound),
        new("PUT", "/api/reporting/alliances/{allianceId}/reports/{year}", Target.FiledAlliance, ForOthers.NotFound, new { content = new { meetings = 1 }, summary = "test" }),
        new("POST", "/api/reporting/alliances/{allianceId}/reports/{year}/submission", Target.FiledAlliance, ForOthers.NotFound),
        new("POST", "/api/reporting/alliances/{allianceId}/reports/{year}/return", Target.FiledAlliance, ForOthers.Forbidden, new { reason = "test" }),
        new("POST", "/api/reporting/alliances/{allianceId}/reports/{year}/acceptance", Target.FiledAlliance, ForOthers.Forbidden, new { comment = "test" }),
        new("POST", "/api/reporting/alliances/{allianceId}/reports/{year}/attachments", Target.FiledAlliance, ForOthers.NotFound, Multipart),
        new("GET", "/api/reporting/alliances/{allianceId}/reports/{year}/attachments/{attachmentId}", Target.FiledAlliance, ForOthers.NotFound),
        new("DELETE", "/api/reporting/alliances/{allianceId}/reports/{year}/attachments/{attachmentId}", Target.FiledAlliance, ForOthers.NotFound),
        // Achievements (Art 4-3): the alliance's acting units write, officials read; the export and statistics are the officials' alone.
        new("POST", "/api/reporting/alliances/{allianceId}/evidence", Target.FiledAlliance, ForOthers.NotFound, Multipart),
        new("GET", "/api/reporting/alliances/{allianceId}/evidence/{evidenceId}", Target.FiledAlliance, ForOthers.NotFound),
        new("DELETE", "/api/reporting/alliances/{allianceId}/evidence/{evidenceId}", Target.FiledAlliance, ForOthers.NotFound),
        new("POST", "/api/reporting/alliances/{allianceId}/achievements", Target.FiledAlliance, ForOthers.NotFound,
            new { type = "patent", title = "test", date = Today, evidenceIds = new[] { Guid.NewGuid() } }),
        new("GET", "/api/reporting/alliances/{allianceId}/achievements", Target.FiledAlliance, ForOthers.NotFound),
        new("GET", "/api/reporting/achievements/export?format=csv", Target.None, ForOthers.Forbidden),
        new("GET", "/api/reporting/statistics?year=2026", Target.None, ForOthers.Forbidden),
        // The officials' list of reports across alliances (the secretariat's inbox); an applicant reads only its own alliance's reports.
        new("GET", "/api/reporting/reports?state=submitted", Target.None, ForOthers.Forbidden),
        new("GET", "/api/public/annual-reports", Target.None, ForOthers.Allowed, Public: true),
        // Evaluation: campaigns are the admin division's, self-assessments the alliance's acting units', checked by the secretariat.
        new("POST", "/api/evaluation/campaigns", Target.None, ForOthers.Forbidden, new { year = 2026, title = "test", windows = CampaignWindows }),
        new("GET", "/api/evaluation/campaigns", Target.None, ForOthers.Allowed),
        new("GET", "/api/evaluation/campaigns/{campaignId}", Target.Campaign, ForOthers.NotFound),
        new("PUT", "/api/evaluation/campaigns/{campaignId}/plan", Target.Campaign, ForOthers.Forbidden,
            new { indicators = new[] { new { code = "A", name = "test", dimension = "activities", weight = 100m, maxScore = 10m, scoringGuide = "test" } } }),
        new("POST", "/api/evaluation/campaigns/{campaignId}/opening", Target.Campaign, ForOthers.Forbidden),
        new("POST", "/api/evaluation/campaigns/{campaignId}/self-assessment", Target.Campaign, ForOthers.Forbidden),
        new("GET", "/api/evaluation/campaigns/{campaignId}/alliances/{allianceId}/self-assessment", Target.Campaign, ForOthers.NotFound),
        new("PUT", "/api/evaluation/campaigns/{campaignId}/alliances/{allianceId}/self-assessment/items/{indicatorId}", Target.Campaign, ForOthers.NotFound,
            new { score = 1m, evidence = Array.Empty<Guid>() }),
        new("POST", "/api/evaluation/campaigns/{campaignId}/alliances/{allianceId}/self-assessment/submission", Target.Campaign, ForOthers.NotFound),
        new("POST", "/api/evaluation/campaigns/{campaignId}/alliances/{allianceId}/self-assessment/acceptance", Target.Campaign, ForOthers.Forbidden),
        new("POST", "/api/evaluation/campaigns/{campaignId}/alliances/{allianceId}/self-assessment/return", Target.Campaign, ForOthers.Forbidden, new { reason = "test" }),
        new("POST", "/api/evaluation/campaigns/{campaignId}/alliances/{allianceId}/self-assessment/evidence", Target.Campaign, ForOthers.NotFound, Multipart),
        new("GET", "/api/evaluation/campaigns/{campaignId}/alliances/{allianceId}/self-assessment/evidence/{fileId}", Target.Campaign, ForOthers.NotFound),
        new("DELETE", "/api/evaluation/campaigns/{campaignId}/alliances/{allianceId}/self-assessment/evidence/{fileId}", Target.Campaign, ForOthers.NotFound),
        // Expert review (Art 22): the admin division opens it and assigns experts; assigned experts score; no applicant sees it.
        new("POST", "/api/evaluation/campaigns/{campaignId}/expert-review", Target.Campaign, ForOthers.Forbidden),
        new("GET", "/api/evaluation/campaigns/{campaignId}/alliances/{allianceId}/review", Target.Campaign, ForOthers.Forbidden),
        new("POST", "/api/evaluation/campaigns/{campaignId}/alliances/{allianceId}/review/experts", Target.Campaign, ForOthers.Forbidden,
            new { expertId = Guid.NewGuid(), accountName = "expert-demo", name = "赵敏", unitCreditCode = "12230000MB0000003W" }),
        new("PUT", "/api/evaluation/campaigns/{campaignId}/alliances/{allianceId}/review/scores/{indicatorId}", Target.Campaign, ForOthers.Forbidden, new { score = 1m }),
        new("POST", "/api/evaluation/campaigns/{campaignId}/alliances/{allianceId}/review/submission", Target.Campaign, ForOthers.Forbidden),
        // An expert's own review assignments: experts only, so any applicant is refused by role.
        new("GET", "/api/evaluation/assignments?open=true", Target.None, ForOthers.Forbidden),
        new("PUT", "/api/evaluation/campaigns/{campaignId}/scope", Target.Campaign, ForOthers.Forbidden, new { allianceIds = new[] { Guid.NewGuid() } }),
        new("POST", "/api/evaluation/campaigns/{campaignId}/expert-review/closure", Target.Campaign, ForOthers.Forbidden),
        new("POST", "/api/evaluation/campaigns/{campaignId}/alliances/{allianceId}/grade-adjustment", Target.Campaign, ForOthers.Forbidden, new { grade = "C", reason = "test" }),
        new("POST", "/api/evaluation/campaigns/{campaignId}/meeting-decision", Target.Campaign, ForOthers.Forbidden, new { meetingOn = Today, meetingReference = "test" }),
        new("GET", "/api/evaluation/rectifications", Target.None, ForOthers.Allowed),
        new("POST", "/api/evaluation/rectifications/{rectificationId}/closure", Target.None, ForOthers.Forbidden, new { conclusion = "test" }),
        new("GET", "/api/public/grades", Target.None, ForOthers.Allowed, Public: true),
        new("GET", "/api/public/grades/campaigns", Target.None, ForOthers.Allowed, Public: true),
        new("GET", "/api/public/grades/alliances/{allianceId}", Target.FiledAlliance, ForOthers.Allowed, Public: true),
        // Reports (Art 23): the admin division and the secretariat read a campaign's results, the admin division alone an alliance's expert scores.
        new("GET", "/api/evaluation/campaigns/{campaignId}/report", Target.Campaign, ForOthers.Forbidden),
        new("GET", "/api/evaluation/campaigns/{campaignId}/report.xlsx", Target.Campaign, ForOthers.Forbidden),
        new("GET", "/api/evaluation/campaigns/{campaignId}/alliances/{allianceId}/score-sheet", Target.Campaign, ForOthers.Forbidden),
        // Support entitlements (Art 24, 26): read by other platforms (subscriber) and the officials; the admin division decides pending ones.
        new("GET", "/api/support/entitlements?creditCode=91230100MA1B2C3D4E", Target.None, ForOthers.Forbidden),
        new("GET", "/api/support/entitlements/mine", Target.None, ForOthers.Allowed),
        new("POST", "/api/support/entitlements/{entitlementId}/approval", Target.None, ForOthers.Forbidden, new { reason = "test" }),
        new("POST", "/api/support/entitlements/{entitlementId}/decline", Target.None, ForOthers.Forbidden, new { reason = "test" }),
        // Support shared instruments (Art 25): any applicant lists its own unit's instruments and browses its alliances'; ids of others' instruments are not found.
        new("GET", "/api/support/entitlement-rules", Target.None, ForOthers.Forbidden),
        new("PUT", "/api/support/entitlement-rules", Target.None, ForOthers.Forbidden, new { expectedVersion = 1, reason = "test", rules = Array.Empty<object>() }),
        new("GET", "/api/support/entitlement-rules/versions", Target.None, ForOthers.Forbidden),
        new("GET", "/api/support/entitlement-rules/versions/{version}", Target.None, ForOthers.Forbidden),
        new("GET", "/api/support/talent/technology-manager-candidates", Target.None, ForOthers.Forbidden),
        new("GET", "/api/support/talent/technology-manager-candidates.xlsx", Target.None, ForOthers.Forbidden),
        new("GET", "/api/support/talent/technology-manager-candidates/campaigns", Target.None, ForOthers.Forbidden),
        new("POST", "/api/support/instruments", Target.None, ForOthers.Allowed, new { name = "授权矩阵测试仪器", location = "哈尔滨", bookingRules = "工作日 9:00-17:00" }),
        new("GET", "/api/support/instruments", Target.None, ForOthers.Allowed),
        new("POST", "/api/support/instruments/{instrumentId}/bookings", Target.None, ForOthers.NotFound,
            new { startsAt = DateTimeOffset.UtcNow.AddDays(30), endsAt = DateTimeOffset.UtcNow.AddDays(30).AddHours(2), purpose = "test" }),
        new("POST", "/api/support/instruments/{instrumentId}/bookings/{bookingId}/approval", Target.None, ForOthers.NotFound, new { note = "test" }),
        new("GET", "/api/support/instruments/{instrumentId}", Target.None, ForOthers.NotFound),
        new("PUT", "/api/support/instruments/{instrumentId}", Target.None, ForOthers.NotFound, new { name = "授权矩阵测试仪器", location = "哈尔滨", bookingRules = "工作日 9:00-17:00" }),
        new("POST", "/api/support/instruments/{instrumentId}/withdrawal", Target.None, ForOthers.NotFound, new { reason = "test" }),
        new("GET", "/api/support/instruments/{instrumentId}/bookings", Target.None, ForOthers.NotFound),
        new("GET", "/api/support/instruments/bookings", Target.None, ForOthers.Allowed),
        new("POST", "/api/support/instruments/{instrumentId}/bookings/{bookingId}/decline", Target.None, ForOthers.NotFound, new { reason = "test" }),
        new("POST", "/api/support/instruments/{instrumentId}/bookings/{bookingId}/cancellation", Target.None, ForOthers.NotFound, new { }),
        // Support financing (Art 27): applicants act for their own unit (a financial-institution member publishes, an enterprise member
        // applies); ids of others' offers and requests are not found; the officials read every offer and the statistics.
        new("POST", "/api/support/financing/offers", Target.None, ForOthers.OwnUnit,
            new { product = "授权矩阵测试贷", minimumAmount = 500_000m, maximumAmount = 5_000_000m, terms = "期限1年" }),
        new("GET", "/api/support/financing/offers", Target.None, ForOthers.Allowed),
        new("GET", "/api/support/financing/offers/{offerId}", Target.None, ForOthers.NotFound),
        new("POST", "/api/support/financing/offers/{offerId}/closure", Target.None, ForOthers.NotFound),
        new("POST", "/api/support/financing/offers/{offerId}/requests", Target.None, ForOthers.NotFound, new { amount = 600_000m, purpose = "test" }),
        new("GET", "/api/support/financing/requests", Target.None, ForOthers.Allowed),
        new("POST", "/api/support/financing/requests/{requestId}/acceptance", Target.None, ForOthers.NotFound, new { note = "test" }),
        new("POST", "/api/support/financing/requests/{requestId}/decline", Target.None, ForOthers.NotFound, new { reason = "test" }),
        new("POST", "/api/support/financing/requests/{requestId}/withdrawal", Target.None, ForOthers.NotFound),
        new("GET", "/api/support/financing/statistics", Target.None, ForOthers.Forbidden),
        .. PlatformFixture.Services.Select(service => new Rule("GET", $"/api/{service}/audit", Target.None, ForOthers.Forbidden)),
    ];

    private static object CampaignWindows => new
    {
        selfAssessmentOpensOn = Today.AddDays(30), selfAssessmentClosesOn = Today.AddDays(40), expertReviewOpensOn = Today.AddDays(50), expertReviewClosesOn = Today.AddDays(60),
    };

    private static object UnitDetails => new
    {
        name = "某公司", type = "enterprise", registeredRegion = "230100", legalRepresentative = "王建国", contactPerson = "李明", contactPhone = "0452-2345678",
    };

    public static TheoryData<string> Routes => new(Rules.Select(r => r.Key));

    [Fact]
    public async Task EveryPublishedRoute_HasARule()
    {
        var published = new List<string>();
        foreach (var service in PlatformFixture.Services)
        {
            var document = JsonDocument.Parse(await platform.Gateway.GetStringAsync($"/openapi/{service}.json")).RootElement;
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                published.AddRange(path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"));
            }
        }

        var ruled = Rules.Select(r => r.Key).ToList();
        var withoutRule = published.Except(ruled).ToList();
        var ruleWithoutRoute = ruled.Except(published).ToList();
        Assert.True(withoutRule.Count == 0, $"routes without an authorization rule: {string.Join(", ", withoutRule)}");
        Assert.True(ruleWithoutRoute.Count == 0, $"rules for routes no service publishes: {string.Join(", ", ruleWithoutRoute)}");
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task WithoutAToken_EveryRouteIs401AndRevealsNothing(string route)
    {
        var rule = Rules.Single(r => r.Key == route);
        var target = await TargetAsync(rule);

        using var response = await platform.Gateway.SendAsync(Request(rule, target));

        if (rule.Public)
        {
            AssertOpenToAnyone(response);
            return;
        }
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("黑龙江省", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task WithARoleTheRouteDoesNotAllow_EveryRouteIs403(string route)
    {
        var rule = Rules.Single(r => r.Key == route);
        var target = await TargetAsync(rule);

        using var response = await platform.Ops.SendAsync(Request(rule, target));

        if (rule.Public)
        {
            AssertOpenToAnyone(response);
            return;
        }
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>A public route answers whoever calls: found or not, never refused for who they are, never a server error.</summary>
    private static void AssertOpenToAnyone(HttpResponseMessage response) =>
        Assert.True(
            response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)response.StatusCode < 500,
            $"{(int)response.StatusCode}");

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task WithAnotherOrganisationsToken_NoRouteRevealsTheObject(string route)
    {
        var rule = Rules.Single(r => r.Key == route);
        var target = await TargetAsync(rule);

        using var response = await platform.OtherApplicant.SendAsync(Request(rule, target));
        var body = await response.Content.ReadAsStringAsync();

        switch (rule.ForOthers)
        {
            case ForOthers.NotFound:
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{(int)response.StatusCode} {body}");
                Assert.DoesNotContain(PlatformFixture.HarbinApplicantOrganization, body);
                Assert.DoesNotContain("0451-", body);
                break;
            case ForOthers.Forbidden:
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                break;
            case ForOthers.OwnUnit:
                Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Conflict, $"{(int)response.StatusCode} {body}");
                Assert.DoesNotContain(PlatformFixture.HarbinApplicantOrganization, body);
                break;
            case ForOthers.Allowed when rule.Public:
                AssertOpenToAnyone(response);
                break;
            default:
                // Open to every applicant; what it creates belongs to the caller's own unit, and contacts stay hidden.
                Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
                if (rule.Method == "GET")
                {
                    Assert.DoesNotContain("0451-", body);
                }
                break;
        }
    }

    /// <summary>Ids point at an alliance, a unit or an application the Harbin applicant made; other ids at nothing in particular.</summary>
    private async Task<Aim> TargetAsync(Rule rule)
    {
        var path = rule.Path.Replace("{version}", "1", StringComparison.Ordinal).Replace("{year}", "2026", StringComparison.Ordinal);
        foreach (var other in new[] { "{memberUnitId}", "{councilMemberId}", "{expertId}", "{attachmentId}", "{objectionId}", "{evidenceId}", "{indicatorId}", "{rectificationId}", "{fileId}", "{entitlementId}", "{instrumentId}", "{bookingId}", "{offerId}", "{requestId}" })
        {
            path = path.Replace(other, Guid.NewGuid().ToString(), StringComparison.Ordinal);
        }
        switch (rule.Target)
        {
            case Target.Alliance:
                var registered = await Alliances.RegisterOkAsync(platform.Applicant);
                await Alliances.KnownToFilingAsync(platform.Applicant, registered.Id);
                var membership = new MembershipClient(platform.Applicant);
                await membership.PostAsync($"/api/membership/alliances/{registered.Id}/charters", MembershipClient.CompleteCharter, HttpStatusCode.Created);
                return new Aim(path.Replace("{id}", registered.Id.ToString(), StringComparison.Ordinal), registered.Id);
            case Target.Unit:
                var unit = await new MembershipClient(platform.Applicant).RegisterUnitAsync(CreditCodes.New(), "哈尔滨某科技有限公司", "enterprise");
                return new Aim(path.Replace("{id}", unit.GetProperty("id").GetGuid().ToString(), StringComparison.Ordinal));
            case Target.FiledAlliance:
                var filed = await platform.SharedFiledAllianceAsync();
                return new Aim(path.Replace("{allianceId}", filed.Alliance.Id.ToString(), StringComparison.Ordinal), filed.Alliance.Id);
            case Target.Campaign:
                var inScope = await platform.SharedFiledAllianceAsync();
                var campaign = await Evaluation.EvaluationHttp.SharedDraftCampaignAsync(platform, inScope.Alliance.Id);
                return new Aim(path.Replace("{campaignId}", campaign.ToString(), StringComparison.Ordinal)
                    .Replace("{allianceId}", inScope.Alliance.Id.ToString(), StringComparison.Ordinal), inScope.Alliance.Id);
            case Target.Application:
                var alliance = await Alliances.RegisterOkAsync(platform.Applicant);
                await Alliances.KnownToFilingAsync(platform.Applicant, alliance.Id);
                var application = await new Filing.FilingClient(platform.Applicant).DraftWithMaterialsAsync(alliance.Id);
                return new Aim(path.Replace("{id}", application.ToString(), StringComparison.Ordinal), alliance.Id);
            default:
                return new Aim(path.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal));
        }
    }

    private static HttpRequestMessage Request(Rule rule, Aim target)
    {
        if (Equals(rule.Body, Multipart))
        {
            var form = new MultipartFormDataContent { { new StringContent("other"), "kind" }, { new ByteArrayContent(Filing.FilingClient.Pdf), "file", "x.pdf" } };
            var upload = new HttpRequestMessage(new HttpMethod(rule.Method), target.Path) { Content = form };
            upload.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            return upload;
        }
        var body = rule.Body switch
        {
            AllianceInBody => new { allianceId = target.AllianceId },
            "{unit}" => new { creditCode = CreditCodes.New("230200"), unit = UnitDetails },
            { } given when JsonSerializer.Serialize(given).Contains("{unique}", StringComparison.Ordinal) =>
                new { name = Alliances.UniqueName(), industryField = "new_materials" },
            var given => given,
        };
        var request = new HttpRequestMessage(new HttpMethod(rule.Method), target.Path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return request;
    }
}
