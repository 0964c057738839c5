using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static AlliancePlatform.EndToEnd.Tests.Support.SupportMembers;

namespace AlliancePlatform.EndToEnd.Tests.Support;

/// <summary>
/// Financing (Art 27) end to end: in a fresh alliance, the Qiqihar unit (a financial-institution member) publishes an
/// offer, the Harbin unit (an enterprise member) finds it and asks for amounts, the institution answers; the officials
/// read the alliance's figures. The two credit codes are members of other alliances in other tests, so every assertion
/// is scoped to the fresh alliance.
/// </summary>
[Collection(PlatformCollection.Name)]
public class FinancingTests(PlatformFixture platform)
{
    private const string Financing = "/api/support/financing";

    [Fact]
    public async Task Art27_AnInstitutionOffers_AnEnterpriseApplies_TheInstitutionAnswers_TheOfficialsCount()
    {
        var allianceId = Guid.NewGuid();
        var now = platform.ServiceNow;
        await platform.PublishAsync(
            Joined(allianceId, "融资服务测试联盟", QiqiharOrganization, "financial_institution", now),
            Joined(allianceId, "融资服务测试联盟", PlatformFixture.HarbinApplicantOrganization, "enterprise", now));

        // An enterprise member is no financial institution: it cannot publish.
        using (var notFinancial = await PostAsync(platform.Applicant, $"{Financing}/offers", Offer()))
        {
            await AssertRuleAsync(notFinancial, HttpStatusCode.Conflict, "support.not_a_financial_member");
        }

        var offerId = await PublishOnceKnownAsync(allianceId);
        var offer = await SeesAsync(platform.Applicant, allianceId, offerId);
        Assert.Equal(500_000m, offer.GetProperty("minimumAmount").GetDecimal());
        Assert.True(offer.GetProperty("isOpen").GetBoolean());

        using (var outOfRange = await PostAsync(platform.Applicant, $"{Financing}/offers/{offerId}/requests", new { amount = 100.5m, purpose = "流动资金" }))
        {
            await AssertRuleAsync(outOfRange, HttpStatusCode.UnprocessableEntity, "support.financing_amount_out_of_range");
        }
        var accepted = await SendAsync(offerId, 1_200_000.50m);

        // Only the institution answers; a decline needs a reason; one answer only; an answered request stays.
        using (var ownAnswer = await PostAsync(platform.Applicant, $"{Financing}/requests/{accepted}/acceptance", new { note = "自己同意" }))
        {
            await AssertRuleAsync(ownAnswer, HttpStatusCode.Conflict, "support.wrong_unit");
        }
        using (var noReason = await PostAsync(platform.OtherApplicant, $"{Financing}/requests/{accepted}/decline", new { reason = " " }))
        {
            await AssertRuleAsync(noReason, HttpStatusCode.UnprocessableEntity, "support.reason_required");
        }
        using (var accept = await PostAsync(platform.OtherApplicant, $"{Financing}/requests/{accepted}/acceptance", new { note = "请于一周内提交财务报表" }))
        {
            var body = await accept.Content.ReadAsStringAsync();
            Assert.True(accept.StatusCode == HttpStatusCode.OK, body);
            Assert.Equal("accepted", JsonDocument.Parse(body).RootElement.GetProperty("status").GetString());
        }
        using (var second = await PostAsync(platform.OtherApplicant, $"{Financing}/requests/{accepted}/decline", new { reason = "改变主意" }))
        {
            await AssertRuleAsync(second, HttpStatusCode.Conflict, "support.financing_request_answered");
        }
        using (var late = await PostAsync(platform.Applicant, $"{Financing}/requests/{accepted}/withdrawal", new { }))
        {
            await AssertRuleAsync(late, HttpStatusCode.Conflict, "support.financing_request_answered");
        }

        var withdrawn = await SendAsync(offerId, 600_000m);
        using (var withdraw = await PostAsync(platform.Applicant, $"{Financing}/requests/{withdrawn}/withdrawal", new { }))
        {
            Assert.True(withdraw.StatusCode == HttpStatusCode.OK, await withdraw.Content.ReadAsStringAsync());
        }
        var declined = await SendAsync(offerId, 800_000.25m);
        using (var decline = await PostAsync(platform.OtherApplicant, $"{Financing}/requests/{declined}/decline", new { reason = "近两年营收未达准入要求" }))
        {
            Assert.True(decline.StatusCode == HttpStatusCode.OK, await decline.Content.ReadAsStringAsync());
        }

        // A retry with the same Idempotency-Key answers the same request; it is counted once.
        var key = Guid.NewGuid().ToString();
        var waiting = await SendAsync(offerId, 500_000m, key);
        Assert.Equal(waiting, await SendAsync(offerId, 500_000m, key));

        // The institution sees what it received, the enterprise what it sent; neither sees the other side's list.
        Assert.Contains(accepted, await RequestIdsAsync(platform.OtherApplicant, "received"));
        Assert.Contains(accepted, await RequestIdsAsync(platform.Applicant, "sent"));
        Assert.DoesNotContain(accepted, await RequestIdsAsync(platform.OtherApplicant, "sent"));

        var page = await platform.Secretariat.GetFromJsonAsync<JsonElement>($"{Financing}/statistics?allianceId={allianceId}");
        var statistics = Assert.Single(page.GetProperty("items").EnumerateArray().ToList()).GetProperty("statistics");
        Assert.Equal(allianceId, statistics.GetProperty("allianceId").GetGuid());
        Assert.Equal(1, statistics.GetProperty("offersPublished").GetInt32());
        Assert.Equal(1, statistics.GetProperty("offersOpen").GetInt32());
        Assert.Equal(4, statistics.GetProperty("requestsSent").GetInt32());
        Assert.Equal(1, statistics.GetProperty("requestsAccepted").GetInt32());
        Assert.Equal(1, statistics.GetProperty("requestsDeclined").GetInt32());
        Assert.Equal(1, statistics.GetProperty("requestsWithdrawn").GetInt32());
        Assert.Equal(1, statistics.GetProperty("requestsWaiting").GetInt32());
        Assert.Equal(3_100_000.75m, statistics.GetProperty("amountRequested").GetDecimal());
        Assert.Equal(1_200_000.50m, statistics.GetProperty("amountAccepted").GetDecimal());
        var every = await platform.BusinessDivision.GetFromJsonAsync<JsonElement>($"{Financing}/statistics?year={now.UtcDateTime.Year}&pageSize=5");
        Assert.True(every.GetProperty("totalCount").GetInt32() >= 1);
        Assert.InRange(every.GetProperty("items").GetArrayLength(), 1, 5);

        // Closed, the offer takes no more requests and leaves the enterprise's list; the officials still see it.
        using (var close = await PostAsync(platform.OtherApplicant, $"{Financing}/offers/{offerId}/closure", new { }))
        {
            Assert.True(close.StatusCode == HttpStatusCode.OK, await close.Content.ReadAsStringAsync());
        }
        using (var afterClosure = await PostAsync(platform.Applicant, $"{Financing}/offers/{offerId}/requests", new { amount = 600_000m, purpose = "扩产" }))
        {
            await AssertRuleAsync(afterClosure, HttpStatusCode.Conflict, "support.financing_offer_closed");
        }
        var stillOpen = await platform.Applicant.GetFromJsonAsync<JsonElement>($"{Financing}/offers?allianceId={allianceId}");
        Assert.Equal(0, stillOpen.GetProperty("totalCount").GetInt32());
        var closed = await platform.Admin.GetFromJsonAsync<JsonElement>($"{Financing}/offers/{offerId}");
        Assert.False(closed.GetProperty("isOpen").GetBoolean());
    }

    private static object Offer() => new
    {
        product = "科技型企业信用贷",
        minimumAmount = 500_000m,
        maximumAmount = 5_000_000m,
        terms = "期限1年，年利率3.2%，免抵押。",
    };

    /// <summary>Publishes once Support knows Qiqihar as a financial-institution member of the fresh alliance (the offer then covers it).</summary>
    private async Task<Guid> PublishOnceKnownAsync(Guid allianceId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await PostAsync(platform.OtherApplicant, $"{Financing}/offers", Offer());
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.Created)
            {
                var offer = JsonDocument.Parse(body).RootElement;
                Assert.Equal(QiqiharOrganization, offer.GetProperty("institutionCreditCode").GetString());
                if (offer.GetProperty("allianceIds").EnumerateArray().Any(a => a.GetGuid() == allianceId))
                {
                    return offer.GetProperty("id").GetGuid();
                }
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Conflict, body);
            }
            Assert.True(DateTime.UtcNow < deadline, $"Support never knew the institution's membership: {body}");
            await Task.Delay(200);
        }
    }

    private static async Task<JsonElement> SeesAsync(HttpClient client, Guid allianceId, Guid offerId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var offers = await client.GetFromJsonAsync<JsonElement>($"{Financing}/offers?allianceId={allianceId}");
            if (offers.GetProperty("items").EnumerateArray().FirstOrDefault(o => o.GetProperty("id").GetGuid() == offerId) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }
            Assert.True(DateTime.UtcNow < deadline, "the enterprise never saw the offer");
            await Task.Delay(200);
        }
    }

    private async Task<Guid> SendAsync(Guid offerId, decimal amount, string? idempotencyKey = null)
    {
        using var response = await PostAsync(platform.Applicant, $"{Financing}/offers/{offerId}/requests", new { amount, purpose = "中试线设备采购" }, idempotencyKey);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var request = JsonDocument.Parse(body).RootElement;
        Assert.Equal("sent", request.GetProperty("status").GetString());
        Assert.Equal(amount, request.GetProperty("amount").GetDecimal());
        Assert.Equal(PlatformFixture.HarbinApplicantOrganization, request.GetProperty("enterpriseCreditCode").GetString());
        return request.GetProperty("id").GetGuid();
    }

    private static async Task<List<Guid>> RequestIdsAsync(HttpClient client, string role)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"{Financing}/requests?role={role}&pageSize=100");
        return [.. page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid())];
    }

    private static async Task AssertRuleAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {body}");
        Assert.Equal(code, JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
    }
}
