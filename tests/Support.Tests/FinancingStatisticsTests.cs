using AlliancePlatform.Support.Domain;
using static AlliancePlatform.Support.Tests.SupportTestData;

namespace AlliancePlatform.Support.Tests;

/// <summary>Financing statistics per alliance (Art 27): offers made to it, requests sent through it, by status, with amounts.</summary>
public class FinancingStatisticsTests
{
    private const string Bank = "91230100MA0000BANK";
    private static readonly DateTimeOffset Now = At(2026, 4, 1);

    private static FinancingOffer Offer(IReadOnlyCollection<Guid> alliances, DateTimeOffset? at = null) =>
        FinancingOffer.Publish(Unit(Bank), "科技型企业信用贷", new AmountRange(100_000m, 5_000_000m), "期限1年，年利率3.2%。", alliances, at ?? Now);

    private static FinancingRequest Request(FinancingOffer offer, decimal amount, IReadOnlyCollection<Guid> alliances, DateTimeOffset? at = null) =>
        FinancingRequest.Send(offer, Unit(MemberUnit), amount, "中试线设备采购", alliances, at ?? Now);

    [Fact]
    public void Art27_Statistics_CountRequestsByStatus_AndSumTheAmounts()
    {
        var offer = Offer([AllianceId]);
        var closed = Offer([AllianceId]);
        closed.Close(Unit(Bank), Now);
        var accepted = Request(offer, 1_000_000.50m, [AllianceId]);
        accepted.Accept(Unit(Bank), null, Now);
        var declined = Request(offer, 200_000m, [AllianceId]);
        declined.Decline(Unit(Bank), "营收未达准入要求", Now);
        var withdrawn = Request(offer, 300_000m, [AllianceId]);
        withdrawn.Withdraw(Unit(MemberUnit), Now);
        var waiting = Request(offer, 400_000.25m, [AllianceId]);

        var statistics = FinancingStatistics.For(AllianceId, [offer, closed], [accepted, declined, withdrawn, waiting]);

        Assert.Equal(
            new FinancingStatistics(AllianceId, 2, 1, 4, 1, 1, 1, 1, 1_900_000.75m, 1_000_000.50m),
            statistics);
    }

    [Fact]
    public void Art27_Statistics_CountARequestOnlyInTheAlliancesItWasSentThrough()
    {
        var offer = Offer([AllianceId, OtherAllianceId]);
        var throughOne = Request(offer, 500_000m, [AllianceId]);

        var other = FinancingStatistics.For(OtherAllianceId, [offer], [throughOne]);

        Assert.Equal([AllianceId], throughOne.AllianceIds);
        Assert.Equal(1, other.OffersPublished);
        Assert.Equal(0, other.RequestsSent);
        Assert.Equal(0m, other.AmountRequested);
        Assert.Equal(500_000m, FinancingStatistics.For(AllianceId, [offer], [throughOne]).AmountRequested);
    }

    [Fact]
    public void Art27_Statistics_ForAYear_CountOnlyOffersPublishedAndRequestsSentThatYear()
    {
        var lastYear = Offer([AllianceId], At(2025, 6, 1));
        var thisYear = Offer([AllianceId]);
        var old = Request(lastYear, 150_000m, [AllianceId], At(2025, 7, 1));
        var recent = Request(lastYear, 250_000m, [AllianceId]);

        var statistics = FinancingStatistics.For(AllianceId, [lastYear, thisYear], [old, recent], year: 2026);

        Assert.Equal(1, statistics.OffersPublished);
        Assert.Equal(1, statistics.RequestsSent);
        Assert.Equal(250_000m, statistics.AmountRequested);
    }
}
