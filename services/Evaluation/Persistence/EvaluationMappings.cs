using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.ServiceDefaults.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlliancePlatform.Evaluation.Persistence;

internal sealed class EvaluationCampaignMapping : IEntityTypeConfiguration<EvaluationCampaign>
{
    public void Configure(EntityTypeBuilder<EvaluationCampaign> e)
    {
        e.ToTable("evaluation_campaigns");
        e.Property(c => c.Id).ValueGeneratedNever();
        e.Property(c => c.Title).HasMaxLength(EvaluationRules.NameMaxLength);
        e.HasIndex(c => c.Year);
        e.ComplexProperty(c => c.Windows);
        e.ComplexProperty(c => c.Thresholds, t =>
        {
            t.Property(x => x.A).HasPrecision(5, 2);
            t.Property(x => x.B).HasPrecision(5, 2);
            t.Property(x => x.C).HasPrecision(5, 2);
        });
        e.ComplexProperty(c => c.MeetingDecision, m => m.Property(x => x.MeetingReference).HasMaxLength(EvaluationRules.NameMaxLength));
        e.ComplexProperty(c => c.Notice, n => n.Property(x => x.YearsWithoutSchedule).HasMaxLength(100));
        e.HasMany(c => c.Indicators).WithOne().HasForeignKey("CampaignId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        e.Navigation(c => c.Indicators).AutoInclude();
        e.HasMany(c => c.Alliances).WithOne().HasForeignKey("CampaignId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        e.Navigation(c => c.Alliances).AutoInclude();
        e.HasMany(c => c.History).WithOne().HasForeignKey("CampaignId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        e.Navigation(c => c.History).AutoInclude();
        e.HasMany(c => c.Adjustments).WithOne().HasForeignKey("CampaignId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        e.Navigation(c => c.Adjustments).AutoInclude();
    }
}

internal sealed class IndicatorMapping : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> e)
    {
        e.ToTable("campaign_indicators");
        e.Property(i => i.Id).ValueGeneratedNever();
        e.Property(i => i.Code).HasMaxLength(CampaignRules.CodeMaxLength);
        e.Property(i => i.Name).HasMaxLength(EvaluationRules.NameMaxLength);
        e.Property(i => i.SourceField).HasMaxLength(EvaluationRules.NameMaxLength);
        e.Property(i => i.Weight).HasPrecision(5, 2);
        e.Property(i => i.MaxScore).HasPrecision(6, 2);
        e.Property<Guid>("CampaignId");
        e.HasIndex("CampaignId", nameof(Indicator.Order)).IsUnique();
    }
}

internal sealed class CampaignAllianceMapping : IEntityTypeConfiguration<CampaignAlliance>
{
    public void Configure(EntityTypeBuilder<CampaignAlliance> e)
    {
        e.ToTable("campaign_alliances");
        e.Property(a => a.Id).ValueGeneratedNever();
        e.Property(a => a.Name).HasMaxLength(EvaluationRules.NameMaxLength);
        e.Property(a => a.IndustryField).HasMaxLength(EvaluationRules.NameMaxLength);
        e.Property(a => a.Region).HasMaxLength(6);
        e.Property(a => a.Composite).HasPrecision(7, 4);
        e.Property(a => a.OrganisationBuildingScore).HasPrecision(7, 4);
        e.Property(a => a.ActivitiesScore).HasPrecision(7, 4);
        e.Property(a => a.InnovationImpactScore).HasPrecision(7, 4);
        e.Property<Guid>("CampaignId");
        e.HasIndex("CampaignId", nameof(CampaignAlliance.AllianceId)).IsUnique();
        e.HasIndex(a => a.AllianceId);
    }
}

internal sealed class CampaignTransitionMapping : IEntityTypeConfiguration<CampaignTransition>
{
    public void Configure(EntityTypeBuilder<CampaignTransition> e)
    {
        e.ToTable("campaign_transitions");
        e.Property(t => t.Id).ValueGeneratedNever();
        e.Property(t => t.ActorSubject).HasMaxLength(100);
        e.Property(t => t.ActorRole).HasMaxLength(30);
        e.Property(t => t.Reason).HasMaxLength(4000);
    }
}

internal sealed class GradeAdjustmentMapping : IEntityTypeConfiguration<GradeAdjustment>
{
    public void Configure(EntityTypeBuilder<GradeAdjustment> e)
    {
        e.ToTable("grade_adjustments");
        e.Property(a => a.Id).ValueGeneratedNever();
        e.Property(a => a.Reason).HasMaxLength(4000);
        e.Property(a => a.AdjustedBy).HasMaxLength(100);
    }
}

internal sealed class SelfAssessmentMapping : IEntityTypeConfiguration<SelfAssessment>
{
    public void Configure(EntityTypeBuilder<SelfAssessment> e)
    {
        e.ToTable("self_assessments");
        e.Property(a => a.Id).ValueGeneratedNever();
        // One self-assessment per alliance and campaign: two applicants starting it at once get one.
        e.HasIndex(a => new { a.CampaignId, a.AllianceId }).IsUnique();
        e.Property(a => a.Organization).HasMaxLength(18);
        e.Property(a => a.CheckedBy).HasMaxLength(100);
        e.Property(a => a.ReturnReason).HasMaxLength(4000);
        e.HasMany(a => a.Items).WithOne().HasForeignKey("SelfAssessmentId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        e.Navigation(a => a.Items).AutoInclude();
        e.HasMany(a => a.Files).WithOne().HasForeignKey("SelfAssessmentId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        e.Navigation(a => a.Files).AutoInclude();
    }
}

internal sealed class SelfAssessmentFileMapping : IEntityTypeConfiguration<SelfAssessmentFile>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentFile> e)
    {
        e.ToTable("self_assessment_files");
        e.Property(f => f.Id).ValueGeneratedNever();
        e.Property(f => f.FileName).HasMaxLength(AttachmentFileName.MaxLength);
        e.Property(f => f.ContentType).HasMaxLength(100);
        e.Property(f => f.Sha256).HasMaxLength(64);
        e.Property(f => f.UploadedBy).HasMaxLength(100);
        e.Property<Guid>("SelfAssessmentId");
        e.HasIndex("SelfAssessmentId");
    }
}

internal sealed class SelfAssessmentItemMapping : IEntityTypeConfiguration<SelfAssessmentItem>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentItem> e)
    {
        e.ToTable("self_assessment_items");
        e.Property(i => i.Id).ValueGeneratedNever();
        e.Property(i => i.Score).HasPrecision(6, 2);
        e.Property(i => i.ReportedValue).HasPrecision(16, 2);
        e.PrimitiveCollection(i => i.Evidence).HasField("_evidence").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.Property<Guid>("SelfAssessmentId");
        e.HasIndex("SelfAssessmentId", nameof(SelfAssessmentItem.IndicatorId)).IsUnique();
    }
}

internal sealed class ExpertReviewMapping : IEntityTypeConfiguration<ExpertReview>
{
    public void Configure(EntityTypeBuilder<ExpertReview> e)
    {
        e.ToTable("expert_reviews");
        e.Property(r => r.Id).ValueGeneratedNever();
        e.HasIndex(r => new { r.CampaignId, r.AllianceId }).IsUnique();
        e.HasMany(r => r.Experts).WithOne().HasForeignKey("ExpertReviewId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        e.Navigation(r => r.Experts).AutoInclude();
    }
}

internal sealed class ReviewExpertMapping : IEntityTypeConfiguration<ReviewExpert>
{
    public void Configure(EntityTypeBuilder<ReviewExpert> e)
    {
        e.ToTable("review_experts");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.Subject).HasMaxLength(100);
        e.Property(x => x.Name).HasMaxLength(EvaluationRules.NameMaxLength);
        e.Property(x => x.UnitCreditCode).HasMaxLength(18);
        e.Property(x => x.AssignedBy).HasMaxLength(100);
        e.HasIndex(x => x.Subject);
        e.HasMany(x => x.Scores).WithOne().HasForeignKey("ReviewExpertId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Scores).AutoInclude();
    }
}

internal sealed class ExpertScoreMapping : IEntityTypeConfiguration<ExpertScore>
{
    public void Configure(EntityTypeBuilder<ExpertScore> e)
    {
        e.ToTable("expert_scores");
        e.Property(s => s.Id).ValueGeneratedNever();
        e.Property(s => s.Score).HasPrecision(6, 2);
        e.Property<Guid>("ReviewExpertId");
        e.HasIndex("ReviewExpertId", nameof(ExpertScore.IndicatorId)).IsUnique();
    }
}
