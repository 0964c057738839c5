using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.ServiceDefaults.Http;
using AlliancePlatform.Support.Features.Entitlements;

namespace AlliancePlatform.Support.Features.Financing;

/// <summary>
/// Financing (Art 27): a financial-institution member publishes offers to the enterprises of its alliances, a member
/// enterprise sends a request under an offer, the institution answers; the provincial officials read the statistics.
/// </summary>
internal static class FinancingEndpoints
{
    /// <summary>The provincial officials, who see every offer and the statistics.</summary>
    public static readonly string[] Officials = [PlatformRoles.AdminDivision, PlatformRoles.Secretariat, PlatformRoles.BusinessDivision];

    public static IEndpointRouteBuilder MapFinancingApi(this IEndpointRouteBuilder app)
    {
        var financing = app.MapGroup("/api/support/financing").WithTags("Support financing");
        financing.MapPost("/offers", FinancingOffers.PublishAsync)
            .WithName("PublishFinancingOffer")
            .WithSummary("My unit, a financial-institution member, offers a financing product to the enterprises of its alliances (Art 27)")
            .AsSupportChange("financing.publish_offer", "financing_offer", PlatformRoles.Applicant)
            .WithRequestExample(new OfferRequest("科技型企业信用贷", 500_000m, 5_000_000m, "期限1年，年利率3.2%，免抵押，需提供近两年财务报表。"));
        financing.MapGet("/offers", FinancingOffers.ListAsync)
            .WithName("ListFinancingOffers")
            .WithSummary("Open offers made to the alliances my unit belongs to, and my institution's own; officials see every offer")
            .RequireAuthorization(policy => policy.RequireRole([PlatformRoles.Applicant, .. Officials]));
        financing.MapGet("/offers/{offerId:guid}", FinancingOffers.GetAsync)
            .WithName("GetFinancingOffer")
            .WithSummary("One offer, if my unit may see it")
            .RequireAuthorization(policy => policy.RequireRole([PlatformRoles.Applicant, .. Officials]))
            .ProducesProblem(StatusCodes.Status404NotFound);
        financing.MapPost("/offers/{offerId:guid}/closure", FinancingOffers.CloseAsync)
            .WithName("CloseFinancingOffer")
            .WithSummary("The institution stops taking requests under its offer; requests already sent still get an answer")
            .AsSupportChange("financing.close_offer", "financing_offer", PlatformRoles.Applicant);
        financing.MapPost("/offers/{offerId:guid}/requests", FinancingRequests.SendAsync)
            .WithName("SendFinancingRequest")
            .WithSummary("My unit, an enterprise member of one of the offer's alliances, asks for an amount within the offer's range")
            .AsSupportChange("financing.send_request", "financing_request", PlatformRoles.Applicant)
            .WithRequestExample(new FinancingRequestBody(1_200_000.00m, "中试线设备采购"));
        financing.MapGet("/requests", FinancingRequests.ListAsync)
            .WithName("ListFinancingRequests")
            .WithSummary("The requests my unit sent (role=sent, default) or my institution received (role=received)")
            .RequireAuthorization(policy => policy.RequireRole(PlatformRoles.Applicant))
            .ProducesValidationProblem();
        financing.MapPost("/requests/{requestId:guid}/acceptance", FinancingRequests.AcceptAsync)
            .WithName("AcceptFinancingRequest")
            .WithSummary("The institution accepts a request, to go on to its own credit process")
            .AsSupportChange("financing.accept_request", "financing_request", PlatformRoles.Applicant)
            .WithRequestExample(new AnswerRequest("请于一周内提交近两年财务报表，我行将安排尽职调查。"));
        financing.MapPost("/requests/{requestId:guid}/decline", FinancingRequests.DeclineAsync)
            .WithName("DeclineFinancingRequest")
            .WithSummary("The institution declines a request, with the reason")
            .AsSupportChange("financing.decline_request", "financing_request", PlatformRoles.Applicant)
            .WithRequestExample(new DeclineRequest("近两年营业收入未达该产品准入要求。"));
        financing.MapPost("/requests/{requestId:guid}/withdrawal", FinancingRequests.WithdrawAsync)
            .WithName("WithdrawFinancingRequest")
            .WithSummary("The enterprise withdraws a request not yet answered")
            .AsSupportChange("financing.withdraw_request", "financing_request", PlatformRoles.Applicant);
        financing.MapGet("/statistics", FinancingStatisticsEndpoint.ReadAsync)
            .WithName("FinancingStatistics")
            .WithSummary("Per alliance: offers published and open, requests by status, amounts requested and accepted (optionally one year)")
            .RequireAuthorization(policy => policy.RequireRole(Officials));
        return app;
    }
}
