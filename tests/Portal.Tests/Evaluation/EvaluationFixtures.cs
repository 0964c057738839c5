using System.Security.Claims;
using Bunit;

namespace AlliancePlatform.Portal.Tests.Evaluation;

/// <summary>One campaign as Evaluation answers it, with a three-indicator plan and one alliance.</summary>
internal static class EvaluationFixtures
{
    public static readonly Guid TheCampaign = Guid.Parse("0195f3c4-0000-7000-8000-000000000001");
    public static readonly Guid TheAlliance = Guid.Parse("0195f3c4-0000-7000-8000-0000000000a1");
    public static readonly Guid Org = Guid.Parse("0195f3c4-0000-7000-8000-0000000000b1");
    public static readonly Guid Act = Guid.Parse("0195f3c4-0000-7000-8000-0000000000b2");
    public static readonly Guid Imp = Guid.Parse("0195f3c4-0000-7000-8000-0000000000b3");

    public static string CampaignJson(string status = "expert_review") => $$"""
        {"id":"{{TheCampaign}}","year":2026,"title":"2026年度产业技术创新联盟活跃度评价","status":"{{status}}","statusName":"专家评审 / in expert review",
         "windows":{"selfAssessmentOpensOn":"2026-03-01","selfAssessmentClosesOn":"2026-03-31","expertReviewOpensOn":"2026-04-10","expertReviewClosesOn":"2026-04-30"},
         "createdAt":"2026-02-01T02:00:00Z","openedAt":"2026-02-02T02:00:00Z","isPlanFrozen":true,
         "indicators":[
           {"id":"{{Org}}","order":1,"code":"ORG-1","name":"组织机构健全","dimension":"organisation_building","weight":30,"maxScore":10,"scoringGuide":"理事会、秘书处健全。","sourceField":null},
           {"id":"{{Act}}","order":2,"code":"ACT-1","name":"联合攻关项目","dimension":"activities","weight":40,"maxScore":20,"scoringGuide":"联合攻关项目数量与经费。","sourceField":"jointProjects"},
           {"id":"{{Imp}}","order":3,"code":"IMP-1","name":"成果转化","dimension":"innovation_impact","weight":30,"maxScore":10,"scoringGuide":"成果转化合同金额。","sourceField":null}],
         "alliancesInScope":1,
         "alliances":[{"allianceId":"{{TheAlliance}}","name":"黑龙江省新材料产业技术创新联盟","industryField":"new_materials","region":"230100",
           "selfAssessmentRefusedAt":null,"expertsCounted":null,"composite":null,"organisationBuildingScore":null,"activitiesScore":null,
           "innovationImpactScore":null,"proposedGrade":null,"grade":null,"isAdjusted":false}],
         "history":[],"grading":null}
        """;

    /// <summary>The expert's assignment to <see cref="TheAlliance"/> in <see cref="TheCampaign"/>, as <c>GET /api/evaluation/assignments</c> answers it.</summary>
    public static string AssignmentJson(
        string status = "expert_review", bool canScore = true, string? submittedAt = null, bool closed = false, Guid? alliance = null, string allianceName = "黑龙江省新材料产业技术创新联盟") => $$"""
        {"campaignId":"{{TheCampaign}}","year":2026,"campaignTitle":"2026年度产业技术创新联盟活跃度评价","status":"{{status}}","statusName":"专家评审 / in expert review",
         "reviewOpensOn":"2026-04-10","reviewClosesOn":"2026-04-30","isReviewClosed":{{(closed ? "true" : "false")}},
         "allianceId":"{{alliance ?? TheAlliance}}","allianceName":"{{allianceName}}","assignedAt":"2026-04-01T01:00:00Z",
         "hasSubmitted":{{(submittedAt is null ? "false" : "true")}},"submittedAt":{{(submittedAt is null ? "null" : $"\"{submittedAt}\"")}},"canScore":{{(canScore ? "true" : "false")}},
         "indicators":[
           {"id":"{{Org}}","order":1,"code":"ORG-1","name":"组织机构健全","dimension":"organisation_building","maxScore":10,"scoringGuide":"理事会、秘书处健全。"},
           {"id":"{{Act}}","order":2,"code":"ACT-1","name":"联合攻关项目","dimension":"activities","maxScore":20,"scoringGuide":"联合攻关项目数量与经费。"},
           {"id":"{{Imp}}","order":3,"code":"IMP-1","name":"成果转化","dimension":"innovation_impact","maxScore":10,"scoringGuide":"成果转化合同金额。"}]}
        """;

    /// <summary>One page of assignments, as every platform list pages.</summary>
    public static string AssignmentsPage(params string[] items) =>
        $$"""{"items":[{{string.Join(",", items)}}],"pageNumber":1,"pageSize":20,"totalCount":{{items.Length}},"pageCount":{{(items.Length == 0 ? 0 : 1)}}}""";

    public static void SignInAs(PortalTestContext context, string account, string role, string? organization = null)
    {
        var authorization = context.AddAuthorization();
        authorization.SetAuthorized(account);
        authorization.SetRoles(role);
        authorization.SetClaims([new("name", account), new("role", role), new("preferred_username", account),
            .. organization is null ? Array.Empty<Claim>() : [new Claim("org", organization)]]);
    }

    public static string RuleProblem(string zh, string en, string code = "evaluation.score_out_of_range", int status = 422) => $$"""
        {"type":"https://alliance.hl.gov.cn/problems/{{code}}","title":"{{zh}}","status":{{status}},"detail":"{{en}}","code":"{{code}}","article":"Art 22"}
        """;
}
