using AlliancePlatform.Filing.Domain;
using AlliancePlatform.ServiceDefaults.Domain;
using static AlliancePlatform.Filing.Tests.Applications.FilingTestData;

namespace AlliancePlatform.Filing.Tests.Applications;

/// <summary>The materials (Art 12), eligibility (Art 6) and submission through the platform (Art 11-1).</summary>
public class SubmissionTests
{
    private readonly MondayToFridayCalendar _calendar = new();

    [Fact]
    public void Art11_1_Submit_WithFormCharterAndEligibility_OpensTheRecommendationForTheRegion()
    {
        var application = ApplicationBuilder.InState(FilingStatus.Draft);

        application.Submit(Applicant, Eligible, Now, _calendar, FilingDeadlines.Default);

        Assert.Equal(FilingStatus.Submitted, application.Status);
        Assert.Equal(Now, application.SubmittedAt);
        Assert.Equal(Eligible.AssessedAt, application.EligibilityAssessedAt);
        var stage = application.OpenStage!;
        Assert.Equal(ReviewStageKind.Recommendation, stage.Kind);
        Assert.Equal(Region, stage.AssigneeScope);
        var submitted = Assert.IsType<ApplicationSubmitted>(Assert.Single(application.DomainEvents));
        Assert.Equal(Region, submitted.Region);
    }

    [Fact]
    public void Art12_Submit_WithoutTheApplicationForm_IsRefused()
    {
        var application = ApplicationBuilder.NewDraft();
        application.AddAttachment(Attachment(AttachmentKind.Charter));

        AssertRejected(() => application.Submit(Applicant, Eligible, Now, _calendar, FilingDeadlines.Default), "filing.application_form_missing");
        Assert.Equal(FilingStatus.Draft, application.Status);
    }

    [Fact]
    public void Art12_Submit_WithoutTheCharter_IsRefused()
    {
        var application = ApplicationBuilder.NewDraft();
        application.AddAttachment(Attachment(AttachmentKind.ApplicationForm));
        application.AddAttachment(Attachment(AttachmentKind.Other));

        AssertRejected(() => application.Submit(Applicant, Eligible, Now, _calendar, FilingDeadlines.Default), "filing.charter_missing");
    }

    [Fact]
    public void Art6_Submit_WhenTheAllianceFailsFormationConditions_IsRefusedListingEachFailure()
    {
        var application = ApplicationBuilder.InState(FilingStatus.Draft);
        EligibilityFailure[] failures =
        [
            new("eligibility.chair_unit_outside_province", "Art 6-1", "理事长单位须在黑龙江省内注册。", "The chair unit must be registered in Heilongjiang."),
            new("eligibility.charter_unsigned", "Art 6-2", "联盟章程须由全体成员单位法定代表人签署。", "Every member's legal representative signs the charter."),
        ];

        var violation = AssertRejected(
            () => application.Submit(Applicant, new EligibilitySnapshot(true, failures, Now), Now, _calendar, FilingDeadlines.Default),
            "filing.not_eligible");

        Assert.Equal("Art 6", violation.Article);
        Assert.All(failures, f =>
        {
            Assert.Contains(f.Message, violation.Message, StringComparison.Ordinal);
            Assert.Contains(f.Article, violation.Message, StringComparison.Ordinal);
            Assert.Contains(f.MessageEn, violation.MessageEn, StringComparison.Ordinal);
        });
        Assert.Equal(FilingStatus.Draft, application.Status);
        Assert.Empty(application.DomainEvents);
    }

    [Fact]
    public void Art6_Submit_BeforeMembershipHasAssessedTheAlliance_IsRefusedForNow() =>
        AssertRejected(
            () => ApplicationBuilder.InState(FilingStatus.Draft).Submit(Applicant, EligibilitySnapshot.Unknown, Now, _calendar, FilingDeadlines.Default),
            "filing.eligibility_unknown", RuleKind.Conflict);

    [Fact]
    public void Art11_2_Submit_AfterAReturn_OpensANewRecommendation()
    {
        var application = ApplicationBuilder.InState(FilingStatus.Returned);

        application.Submit(Applicant, Eligible, Now.AddDays(3), _calendar, FilingDeadlines.Default);

        Assert.Equal(FilingStatus.Submitted, application.Status);
        Assert.Equal(2, application.Stages.Count(s => s.Kind == ReviewStageKind.Recommendation));
        Assert.Equal("returned", application.Stages[0].Decision);
        Assert.Equal(new DateOnly(2026, 3, 18), application.OpenStage!.DueOn);
    }

    [Fact]
    public void Art12_Attachments_CanBeAddedReplacedAndRemovedInDraft()
    {
        var application = ApplicationBuilder.NewDraft();
        var form = Attachment(AttachmentKind.ApplicationForm);
        var other = Attachment(AttachmentKind.Other, " 附件 .pdf ");
        var revised = Attachment(AttachmentKind.ApplicationForm, "申请书-修订.pdf");

        application.AddAttachment(form);
        application.AddAttachment(other);
        application.ReplaceAttachment(form.Id, revised);
        application.RemoveAttachment(other.Id);

        var kept = Assert.Single(application.Attachments);
        Assert.Equal(revised.Id, kept.Id);
        Assert.Equal("申请书-修订.pdf", kept.FileName);
    }

    [Fact]
    public void Art12_Attachments_CanBeChangedDuringACorrection()
    {
        var application = ApplicationBuilder.InState(FilingStatus.CorrectionRequested);

        application.AddAttachment(Attachment(AttachmentKind.Other, "签字页.pdf"));

        Assert.Equal(3, application.Attachments.Count);
    }

    [Fact]
    public void Art12_Attachment_AddedTwice_IsRefused()
    {
        var application = ApplicationBuilder.NewDraft();
        var form = Attachment(AttachmentKind.ApplicationForm);
        application.AddAttachment(form);

        AssertRejected(() => application.AddAttachment(form), "filing.attachment_already_added", RuleKind.Conflict);
    }

    [Fact]
    public void Art12_Attachment_WithABadDigest_IsRefused() =>
        AssertRejected(() => ApplicationBuilder.NewDraft().AddAttachment(Attachment(AttachmentKind.Charter) with { Sha256 = "xyz" }),
            "filing.attachment_invalid");

    [Fact]
    public void Art12_Attachment_OfAnUnknownKind_IsRefused() =>
        AssertRejected(() => ApplicationBuilder.NewDraft().AddAttachment(Attachment((AttachmentKind)7)), "filing.attachment_kind_unknown");

    [Fact]
    public void Art12_Attachment_RemovedWhenNotThere_IsRefused() =>
        AssertRejected(() => ApplicationBuilder.NewDraft().RemoveAttachment(Guid.NewGuid()), "filing.attachment_not_found");
}
