using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.Reporting.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlliancePlatform.Reporting.Persistence;

internal sealed class ReportingAllianceMapping : IEntityTypeConfiguration<ReportingAlliance>
{
    public void Configure(EntityTypeBuilder<ReportingAlliance> e)
    {
        e.ToTable("reporting_alliances");
        e.Property(a => a.Id).ValueGeneratedNever();
        e.HasIndex(a => a.AllianceId).IsUnique();
        e.HasMany(a => a.Periods).WithOne().HasForeignKey("ReportingAllianceId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        e.Navigation(a => a.Periods).AutoInclude();
    }
}

internal sealed class FilingPeriodMapping : IEntityTypeConfiguration<FilingPeriod>
{
    public void Configure(EntityTypeBuilder<FilingPeriod> e)
    {
        e.ToTable("filing_periods");
        e.Property(p => p.Id).ValueGeneratedNever();
    }
}

internal sealed class AnnualReportMapping : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> e)
    {
        e.ToTable("annual_reports");
        e.Property(r => r.Id).ValueGeneratedNever();
        // One report per alliance and year: two applicants starting it at once get one.
        e.HasIndex(r => new { r.AllianceId, r.Year }).IsUnique();
        e.Ignore(r => r.DomainEvents);
        e.ComplexProperty(r => r.Content, c =>
        {
            c.Property(x => x.JointProjectFunding).HasPrecision(16, 2);
            c.Property(x => x.TransferContractValue).HasPrecision(16, 2);
            c.Property(x => x.Income).HasPrecision(16, 2);
            c.Property(x => x.Expenditure).HasPrecision(16, 2);
        });
        e.Property(r => r.Summary).HasMaxLength(AnnualReportRules.SummaryMaxLength);
        e.OwnsMany(r => r.Attachments, a =>
        {
            a.ToTable("annual_report_attachments");
            a.WithOwner().HasForeignKey("AnnualReportId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.FileName).HasMaxLength(AnnualReportRules.FileNameMaxLength);
            a.Property(x => x.ContentType).HasMaxLength(100);
            a.Property(x => x.Sha256).HasMaxLength(64);
            a.Property(x => x.UploadedBy).HasMaxLength(100);
        });
        e.Navigation(r => r.Attachments).AutoInclude();
        e.HasMany(r => r.History).WithOne().HasForeignKey("AnnualReportId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        e.Navigation(r => r.History).AutoInclude();
    }
}

internal sealed class ReportTransitionMapping : IEntityTypeConfiguration<ReportTransition>
{
    public void Configure(EntityTypeBuilder<ReportTransition> e)
    {
        e.ToTable("annual_report_transitions");
        e.Property(t => t.Id).ValueGeneratedNever();
        e.Property(t => t.ActorSubject).HasMaxLength(100);
        e.Property(t => t.ActorRole).HasMaxLength(30);
        e.Property(t => t.Decision).HasMaxLength(50);
    }
}

internal sealed class AllianceActorsMapping : IEntityTypeConfiguration<AllianceActors>
{
    public void Configure(EntityTypeBuilder<AllianceActors> e)
    {
        e.ToTable("alliance_actors");
        e.HasKey(a => a.AllianceId);
        e.Property(a => a.AllianceId).ValueGeneratedNever();
        e.Property(a => a.Name).HasMaxLength(200);
        e.Property(a => a.IndustryField).HasMaxLength(50);
        e.Property(a => a.Region).HasMaxLength(6);
        e.HasIndex(a => a.ActingUnitCodes).HasMethod("gin");
    }
}

internal sealed class YellowCardMapping : IEntityTypeConfiguration<YellowCard>
{
    public void Configure(EntityTypeBuilder<YellowCard> e)
    {
        e.ToTable("yellow_cards");
        e.Property(c => c.Id).ValueGeneratedNever();
        e.HasIndex(c => new { c.AllianceId, c.ReportYear }).IsUnique();
    }
}

internal sealed class FiredReminderMapping : IEntityTypeConfiguration<Features.Clock.FiredReminder>
{
    public void Configure(EntityTypeBuilder<Features.Clock.FiredReminder> e)
    {
        e.ToTable("fired_reminders");
        e.HasKey(f => new { f.AllianceId, f.ReportYear, f.Step });
        e.Property(f => f.Step).HasMaxLength(30);
    }
}

internal sealed class RaisedMissingYearsMapping : IEntityTypeConfiguration<Features.Clock.RaisedMissingYears>
{
    public void Configure(EntityTypeBuilder<Features.Clock.RaisedMissingYears> e)
    {
        e.ToTable("raised_missing_years");
        e.HasKey(r => new { r.AllianceId, r.FirstYear, r.SecondYear });
    }
}

internal sealed class AchievementMapping : IEntityTypeConfiguration<Achievement>
{
    public void Configure(EntityTypeBuilder<Achievement> e)
    {
        e.ToTable("achievements");
        e.Property(a => a.Id).ValueGeneratedNever();
        e.Property(a => a.Title).HasMaxLength(ReportingRules.TitleMaxLength);
        e.Property(a => a.Value).HasPrecision(16, 2);
        e.Property(a => a.RegisteredBy).HasMaxLength(100);
        e.PrimitiveCollection(a => a.EvidenceAttachmentIds).HasField("_evidenceAttachmentIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasIndex(a => new { a.AllianceId, a.Date });
        e.HasIndex(a => a.Date);
        e.HasIndex(a => a.EvidenceAttachmentIds).HasMethod("gin");
    }
}

internal sealed class EvidenceFileMapping : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> e)
    {
        e.ToTable("evidence_files");
        e.Property(f => f.Id).ValueGeneratedNever();
        e.Property(f => f.FileName).HasMaxLength(AnnualReportRules.FileNameMaxLength);
        e.Property(f => f.ContentType).HasMaxLength(100);
        e.Property(f => f.Sha256).HasMaxLength(64);
        e.Property(f => f.UploadedBy).HasMaxLength(100);
        e.HasIndex(f => f.AllianceId);
    }
}
