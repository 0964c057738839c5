using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Reporting.Tests.ReportingTestData;

namespace AlliancePlatform.Reporting.Tests.Achievements;

/// <summary>Registering achievements with evidence (成果汇交, Art 4-3).</summary>
public class AchievementTests
{
    private static readonly DateTimeOffset Now = China(2027, 3, 1);
    private static readonly Guid[] Evidence = [Guid.CreateVersion7()];

    [Fact]
    public void Art4_3_Register_ATransferContractWithItsValue()
    {
        var achievement = Achievement.Register(
            Applicant, AllianceId, AchievementType.TransferContract, " 高性能碳纤维技术许可合同 ", new DateOnly(2027, 2, 15), 350_000.50m, Evidence, Now);

        Assert.Equal((AllianceId, AchievementType.TransferContract), (achievement.AllianceId, achievement.Type));
        Assert.Equal(("高性能碳纤维技术许可合同", new DateOnly(2027, 2, 15), 350_000.50m), (achievement.Title, achievement.Date, achievement.Value));
        Assert.Equal(Evidence, achievement.EvidenceAttachmentIds);
        Assert.Equal((Now.ToUniversalTime(), Applicant.Subject), (achievement.RegisteredAt, achievement.RegisteredBy));
        Assert.Equal(7, achievement.Id.Version);
    }

    [Fact]
    public void Art4_3_Register_APatentWithoutAValue() =>
        Assert.Null(Achievement.Register(Applicant, AllianceId, AchievementType.Patent, "一种复合材料制备方法", new DateOnly(2026, 11, 2), null, Evidence, Now).Value);

    [Fact]
    public void Art4_3_Register_ATransferContractWithoutItsValue_IsRefused() =>
        AssertRejected(
            () => Achievement.Register(Applicant, AllianceId, AchievementType.TransferContract, "合同", new DateOnly(2027, 2, 15), null, Evidence, Now),
            "achievement.contract_value_required");

    [Theory]
    [InlineData("-1")]
    [InlineData("10.001")]
    public void Art4_3_Register_ANegativeOrSubFenValue_IsRefused(string value) =>
        AssertRejected(
            () => Achievement.Register(Applicant, AllianceId, AchievementType.Product, "产品", new DateOnly(2027, 2, 15),
                decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Evidence, Now),
            "achievement.value_invalid");

    [Fact]
    public void Art4_3_Register_WithoutEvidence_IsRefused() =>
        AssertRejected(
            () => Achievement.Register(Applicant, AllianceId, AchievementType.Standard, "团体标准", new DateOnly(2027, 2, 15), null, [], Now),
            "achievement.evidence_required");

    [Fact]
    public void Art4_3_Register_WithTheSameEvidenceTwice_IsRefused() =>
        AssertRejected(
            () => Achievement.Register(Applicant, AllianceId, AchievementType.Standard, "团体标准", new DateOnly(2027, 2, 15), null, [Evidence[0], Evidence[0]], Now),
            "achievement.evidence_invalid");

    [Fact]
    public void Art4_3_Register_DatedTomorrowInChina_IsRefused() =>
        AssertRejected(
            () => Achievement.Register(Applicant, AllianceId, AchievementType.Technology, "技术", new DateOnly(2027, 3, 2), null, Evidence, Now),
            "achievement.date_in_future");

    [Fact]
    public void Art4_3_Register_WithoutATitle_IsRefused() =>
        AssertRejected(
            () => Achievement.Register(Applicant, AllianceId, AchievementType.Technology, " ", new DateOnly(2027, 2, 1), null, Evidence, Now),
            "achievement.title_required");

    [Fact]
    public void Art4_3_Register_AnUnknownType_IsRefused() =>
        AssertRejected(
            () => Achievement.Register(Applicant, AllianceId, (AchievementType)42, "其他", new DateOnly(2027, 2, 1), null, Evidence, Now),
            "achievement.type_unknown");

    [Fact]
    public void Art4_3_Register_ByTheSecretariat_IsRefused() =>
        AssertRejected(
            () => Achievement.Register(Secretariat, AllianceId, AchievementType.Patent, "专利", new DateOnly(2027, 2, 1), null, Evidence, Now),
            "reporting.wrong_role", RuleKind.Conflict);

    [Fact]
    public void Art4_3_Evidence_UploadedByTheAlliance_MayBeNamed()
    {
        var own = Uploaded("证书.pdf", AllianceId);

        Assert.True(AchievementRules.AreUploadedBy(AllianceId, [own.Id], [own]));
    }

    [Fact]
    public void Art4_3_Evidence_OfAnotherAllianceOrNeverUploaded_MayNotBeNamed()
    {
        var foreign = Uploaded("合同.pdf", Guid.CreateVersion7());

        Assert.False(AchievementRules.AreUploadedBy(AllianceId, [foreign.Id], [foreign]));
        Assert.False(AchievementRules.AreUploadedBy(AllianceId, [Guid.CreateVersion7()], []));
    }

    private static EvidenceFile Uploaded(string fileName, Guid allianceId) =>
        new(Guid.CreateVersion7(), allianceId, fileName, "application/pdf", 1_000, new string('a', 64), Now, Applicant.Subject);
}
