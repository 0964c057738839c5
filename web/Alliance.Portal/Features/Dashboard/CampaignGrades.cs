using AlliancePlatform.Portal.Features.Grades;
using AlliancePlatform.Portal.Features.Register;
using AlliancePlatform.Portal.Gateway;

namespace AlliancePlatform.Portal.Features.Dashboard;

/// <summary>Evaluation's public grades of one campaign (on notice or published), read page by page in full.</summary>
public static class CampaignGrades
{
    public const int PageSize = 100;

    /// <summary>Far more than the province's alliances; stops a runaway paging loop.</summary>
    private const int MaxPages = 50;

    private sealed record GradesPage(PublicCampaign Campaign, Page<PublicGrade> Grades);

    /// <summary>The campaigns whose grades are public, newest first.</summary>
    public static Task<ApiResult<IReadOnlyList<PublicCampaign>>> CampaignsAsync(GatewayClient gateway, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<IReadOnlyList<PublicCampaign>>("/api/public/grades/campaigns", cancellationToken);

    public static async Task<ApiResult<IReadOnlyList<PublicGrade>>> AllAsync(GatewayClient gateway, Guid campaign, CancellationToken cancellationToken = default)
    {
        var grades = new List<PublicGrade>();
        for (var page = 1; page <= MaxPages; page++)
        {
            var result = await gateway.GetAsync<GradesPage>($"/api/public/grades?campaign={campaign}&page={page}&pageSize={PageSize}", cancellationToken);
            if (result.Problem is { } problem)
            {
                return ApiResult<IReadOnlyList<PublicGrade>>.Failed(problem);
            }
            grades.AddRange(result.Value!.Grades.Items);
            if (page >= result.Value.Grades.PageCount)
            {
                break;
            }
        }
        return ApiResult<IReadOnlyList<PublicGrade>>.Ok(grades);
    }
}
