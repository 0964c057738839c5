using AlliancePlatform.Support.Domain;
using static AlliancePlatform.Support.Tests.SupportTestData;

namespace AlliancePlatform.Support.Tests;

/// <summary>Financing (Art 27): offers from financial-institution members, requests from member enterprises, answers by the institution.</summary>
public class FinancingTests
{
    private const string Bank = "91230100MA0000BANK";
    private static readonly DateTimeOffset Now = At(2026, 4, 1);

    private static FinancingOffer Offer() =>
        FinancingOffer.Publish(Unit(Bank, "bank-1"), "科技型企业信用贷", new AmountRange(500_000m, 5_000_000m), "期限1年，年利率3.2%，免抵押。", [AllianceId], Now);

    private static FinancingRequest Request(FinancingOffer offer, decimal amount = 1_000_000m) =>
        FinancingRequest.Send(offer, Unit(MemberUnit), amount, "中试线设备采购", [AllianceId], Now);

    [Theory]
    [InlineData("0", "100")]
    [InlineData("200", "100")]
    [InlineData("100.001", "200")]
    [InlineData("-5", "100")]
    public void Art27_AnAmountRange_IsPositiveAndOrdered(string minimum, string maximum) =>
        Assert.Equal(
            "support.financing_range_invalid",
            Violation(() => _ = new AmountRange(decimal.Parse(minimum, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(maximum, System.Globalization.CultureInfo.InvariantCulture))).Code);

    [Fact]
    public void Art27_AFinancialInstitutionMember_PublishesAnOffer()
    {
        var offer = Offer();

        Assert.Equal(Bank, offer.InstitutionCreditCode);
        Assert.Equal([AllianceId], offer.AllianceIds);
        Assert.True(offer.IsOpen);
        Assert.Equal(
            "support.not_a_financial_member",
            Violation(() => FinancingOffer.Publish(Unit(OtherUnit), "贷款", new AmountRange(1m, 2m), "条件", [], Now)).Code);
    }

    [Theory]
    [InlineData("499999.99")]
    [InlineData("5000000.01")]
    [InlineData("1000000.001")]
    public void Art27_AnAmountOutsideTheOffersRange_IsRefused(string amount)
    {
        var violation = Violation(() => Request(Offer(), decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("support.financing_amount_out_of_range", violation.Code);
        Assert.Equal("申请金额须在该产品的额度范围内（500,000元至5,000,000元）。", violation.Message);
    }

    [Theory]
    [InlineData("500000")]
    [InlineData("5000000")]
    public void Art27_TheRangeBounds_AreIncluded(string amount) =>
        Assert.Equal(FinancingRequestStatus.Sent, Request(Offer(), decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)).Status);

    [Fact]
    public void Art27_AnEnterpriseOutsideTheOffersAlliances_CannotApply() =>
        Assert.Equal(
            "support.not_an_enterprise_member",
            Violation(() => FinancingRequest.Send(Offer(), Unit(OtherUnit), 1_000_000m, "扩产", [OtherAllianceId], Now)).Code);

    [Fact]
    public void Art27_OnlyTheOfferingInstitution_Answers()
    {
        var request = Request(Offer());

        Assert.Equal("support.wrong_unit", Violation(() => request.Accept(Unit(MemberUnit), null, Now)).Code);
        Assert.Equal("support.wrong_unit", Violation(() => request.Decline(Admin, "不符合条件", Now)).Code);

        request.Accept(Unit(Bank, "bank-1"), "请于一周内提交财务报表", Now.AddDays(2));
        Assert.Equal(FinancingRequestStatus.Accepted, request.Status);
        Assert.Equal("bank-1", request.Answer?.By);
        Assert.Equal("support.financing_request_answered", Violation(() => request.Decline(Unit(Bank), "重复", Now)).Code);
    }

    [Fact]
    public void Art27_ADeclineNeedsAReason_AndTheEnterpriseMayWithdrawBeforeAnAnswer()
    {
        var declined = Request(Offer());
        Assert.Equal("support.reason_required", Violation(() => declined.Decline(Unit(Bank), " ", Now)).Code);
        declined.Decline(Unit(Bank), "近两年营收未达准入要求", Now);
        Assert.Equal(FinancingRequestStatus.Declined, declined.Status);

        var withdrawn = Request(Offer());
        Assert.Equal("support.not_the_applicant", Violation(() => withdrawn.Withdraw(Unit(OtherUnit), Now)).Code);
        withdrawn.Withdraw(Unit(MemberUnit), Now);
        Assert.Equal(FinancingRequestStatus.Withdrawn, withdrawn.Status);
    }

    [Fact]
    public void Art27_AClosedOffer_TakesNoRequest_ButItsInstitutionStillAnswers()
    {
        var offer = Offer();
        var sent = Request(offer);

        Assert.Equal("support.wrong_unit", Violation(() => offer.Close(Unit(MemberUnit), Now)).Code);
        offer.Close(Unit(Bank), Now);

        Assert.Equal("support.financing_offer_closed", Violation(() => Request(offer)).Code);
        sent.Accept(Unit(Bank), null, Now);
        Assert.Equal(FinancingRequestStatus.Accepted, sent.Status);
    }
}
