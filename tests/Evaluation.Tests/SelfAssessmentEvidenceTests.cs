using AlliancePlatform.Evaluation.Domain;
using static AlliancePlatform.Evaluation.Tests.EvaluationTestData;

namespace AlliancePlatform.Evaluation.Tests;

/// <summary>The evidence of a self-assessment (证明材料, Art 21): uploaded to it while it can change, then named by the scores.</summary>
public class SelfAssessmentEvidenceTests
{
    [Fact]
    public void Art21_Score_WithEvidenceUploadedToTheSelfAssessment_KeepsIt()
    {
        var campaign = InSelfAssessment();
        var assessment = SelfAssessment.Start(Applicant, campaign, Alliance(1).AllianceId, SelfAssessing);
        var file = Uploaded(assessment, campaign, "理事会会议纪要.pdf");

        assessment.Score(Applicant, campaign, Indicator(campaign, "O1").Id, 80m, [file], SelfAssessing);

        Assert.Equal([file], assessment.Items.Single(i => i.IndicatorId == Indicator(campaign, "O1").Id).Evidence);
        var uploaded = Assert.Single(assessment.Files);
        Assert.Equal("理事会会议纪要.pdf", uploaded.FileName);
        Assert.Equal("applicant-1", uploaded.UploadedBy);
    }

    [Fact]
    public void Art21_Score_WithEvidenceNeverUploaded_IsRefused()
    {
        var campaign = InSelfAssessment();
        var assessment = SelfAssessment.Start(Applicant, campaign, Alliance(1).AllianceId, SelfAssessing);
        var file = Uploaded(assessment, campaign);

        var violation = Violation(() => assessment.Score(Applicant, campaign, Indicator(campaign, "O1").Id, 80m, [file, Guid.CreateVersion7()], SelfAssessing));

        Assert.Equal("evaluation.evidence_not_found", violation.Code);
        Assert.Equal("Art 21", violation.Article);
        Assert.False(assessment.Items.Single(i => i.IndicatorId == Indicator(campaign, "O1").Id).IsScored);
    }

    [Fact]
    public void Art21_Score_WithEvidenceOfAnotherAlliancesSelfAssessment_IsRefused()
    {
        var campaign = InSelfAssessment();
        var own = SelfAssessment.Start(Applicant, campaign, Alliance(1).AllianceId, SelfAssessing);
        var other = SelfAssessment.Start(Applicant, campaign, Alliance(2).AllianceId, SelfAssessing);
        var othersFile = Uploaded(other, campaign);

        Assert.Equal("evaluation.evidence_not_found", Violation(() => own.Score(Applicant, campaign, Indicator(campaign, "O1").Id, 80m, [othersFile], SelfAssessing)).Code);
    }

    [Fact]
    public void Art21_AttachEvidence_ByTheSecretariatOrAfterSubmission_IsRefused()
    {
        var campaign = InSelfAssessment();
        var assessment = SubmittedSelfAssessment(campaign, 1);

        Assert.Equal("evaluation.wrong_role", Violation(() => assessment.AttachEvidence(Secretariat, campaign, EvidencePdf(), SelfAssessing)).Code);
        Assert.Equal("evaluation.self_assessment_not_editable", Violation(() => Uploaded(assessment, campaign)).Code);
    }

    [Fact]
    public void Art21_AttachEvidence_AfterTheWindowClosed_IsRefused()
    {
        var campaign = InSelfAssessment();
        var assessment = SelfAssessment.Start(Applicant, campaign, Alliance(1).AllianceId, SelfAssessing);

        Assert.Equal("evaluation.self_assessment_window_closed", Violation(() => assessment.AttachEvidence(Applicant, campaign, EvidencePdf(), At(2026, 9, 16, 0, 0))).Code);
        Assert.Empty(assessment.Files);
    }

    [Fact]
    public void Art21_RemoveEvidence_NamedByAScore_IsRefusedUntilTheIndicatorIsScoredWithoutIt()
    {
        var campaign = InSelfAssessment();
        var assessment = SelfAssessment.Start(Applicant, campaign, Alliance(1).AllianceId, SelfAssessing);
        var file = Uploaded(assessment, campaign);
        var indicator = Indicator(campaign, "O1").Id;
        assessment.Score(Applicant, campaign, indicator, 80m, [file], SelfAssessing);

        Assert.Equal("evaluation.evidence_in_use", Violation(() => assessment.RemoveEvidence(Applicant, campaign, file, SelfAssessing)).Code);

        assessment.Score(Applicant, campaign, indicator, 70m, [], SelfAssessing);
        assessment.RemoveEvidence(Applicant, campaign, file, SelfAssessing);
        Assert.Empty(assessment.Files);
        Assert.Equal("evaluation.evidence_not_found", Violation(() => assessment.RemoveEvidence(Applicant, campaign, file, SelfAssessing)).Code);
    }

    [Fact]
    public void Art21_RemoveEvidence_AfterSubmission_IsRefused()
    {
        var campaign = InSelfAssessment();
        var assessment = SubmittedSelfAssessment(campaign, 1);

        Assert.Equal("evaluation.self_assessment_not_editable",
            Violation(() => assessment.RemoveEvidence(Applicant, campaign, assessment.Files[0].Id, SelfAssessing)).Code);
    }
}
