using AlliancePlatform.Support.Domain;
using static AlliancePlatform.Support.Tests.SupportTestData;

namespace AlliancePlatform.Support.Tests;

/// <summary>The talent list (Art 26): where each technology-manager training candidacy stands, and why it ended.</summary>
public class TechnologyManagerCandidacyTests
{
    private static Entitlement Candidacy() =>
        Assert.Single(Granted2025(Grade.A), e => e.Kind == TechnologyManagerCandidacy.Kind);

    [Fact]
    public void Art26_TheSecretaryGeneralUnitOfAnAAlliance_IsACurrentCandidate()
    {
        var candidacy = Candidacy();

        Assert.Equal(SecretaryGeneralUnit, candidacy.UnitCreditCode);
        Assert.Equal(TechnologyManagerCandidacy.Article, candidacy.Article);
        Assert.Equal(CandidacyStatus.Current, TechnologyManagerCandidacy.StatusOf(candidacy));
        Assert.Equal("有效", CandidacyStatus.Current.NameZh());
        Assert.Equal("", TechnologyManagerCandidacy.EndReasonZh(candidacy));
    }

    [Fact]
    public void Art26_AWithdrawnCandidacy_SaysWhy()
    {
        var left = Candidacy();
        left.Withdraw(WithdrawalReason.UnitLeft, null, Published2025.AddDays(30));
        var revoked = Candidacy();
        revoked.Withdraw(WithdrawalReason.Revoked, "黑科发〔2026〕1号", Published2025.AddDays(30));

        Assert.Equal(CandidacyStatus.Withdrawn, TechnologyManagerCandidacy.StatusOf(left));
        Assert.Equal("单位退出联盟", TechnologyManagerCandidacy.EndReasonZh(left));
        Assert.Equal("联盟被撤销备案", TechnologyManagerCandidacy.EndReasonZh(revoked));
    }

    [Fact]
    public void Art26_TheNextGrade_SupersedesTheCandidacy()
    {
        var candidacy = Candidacy();
        candidacy.Supersede(Grade2026(Grade.B), Published2026);

        Assert.Equal(CandidacyStatus.Superseded, TechnologyManagerCandidacy.StatusOf(candidacy));
        Assert.Equal("联盟新的评价结果已发布", TechnologyManagerCandidacy.EndReasonZh(candidacy));
        Assert.All(Enum.GetValues<CandidacyStatus>(), s => Assert.False(string.IsNullOrEmpty(s.NameZh())));
    }
}
