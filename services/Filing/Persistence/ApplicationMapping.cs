using System.Linq.Expressions;
using AlliancePlatform.Filing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using AlliancePlatform.ServiceDefaults.Files;

namespace AlliancePlatform.Filing.Persistence;

/// <summary>The application aggregate: one row for the application, one table per kind of part, each loaded with it.</summary>
internal sealed class ApplicationMapping : IEntityTypeConfiguration<FilingApplication>
{
    private const string ApplicationId = "ApplicationId";

    public void Configure(EntityTypeBuilder<FilingApplication> e)
    {
        e.ToTable("filing_applications");
        e.HasKey(a => a.Id);
        e.Property(a => a.Id).ValueGeneratedNever();
        e.Property(a => a.AllianceName).HasMaxLength(FilingApplicationRules.NameMaxLength);
        e.Property(a => a.IndustryField).HasMaxLength(50);
        e.Property(a => a.Region).HasMaxLength(6);
        e.Property(a => a.ApplicantOrganization).HasMaxLength(18);
        e.Property(a => a.FilingNumber).HasMaxLength(30);
        e.Property(a => a.DocumentNumber).HasMaxLength(40);
        // One application in progress per alliance: two submitted at once would be reviewed twice.
        e.HasIndex(a => a.AllianceId).IsUnique().HasFilter("status NOT IN ('Filed', 'Rejected', 'Lapsed', 'Withdrawn')");
        e.HasIndex(a => a.Status);
        e.Ignore(a => a.DomainEvents);
        e.OwnsOne(a => a.MeetingDecision, m =>
        {
            m.Property(x => x.MeetingReference).HasMaxLength(FilingApplicationRules.NameMaxLength);
            m.Property(x => x.Reason).HasMaxLength(FilingApplicationRules.TextMaxLength);
        });
        e.Navigation(a => a.MeetingDecision).AutoInclude();
        e.OwnsMany(a => a.Attachments, a =>
        {
            a.ToTable("application_attachments");
            a.WithOwner().HasForeignKey(ApplicationId);
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.FileName).HasMaxLength(AttachmentFileName.MaxLength);
            a.Property(x => x.ContentType).HasMaxLength(100);
            a.Property(x => x.Sha256).HasMaxLength(64);
            a.Property(x => x.UploadedBy).HasMaxLength(100);
        });
        e.Navigation(a => a.Attachments).AutoInclude();
        Part(e, e.HasMany(a => a.Stages), a => a.Stages);
        Part(e, e.HasMany(a => a.History), a => a.History);
        Part(e, e.HasMany(a => a.Panel), a => a.Panel);
        Part(e, e.HasMany(a => a.Objections), a => a.Objections);
        e.HasOne(a => a.Notice).WithOne().HasForeignKey<PublicNotice>(ApplicationId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        e.Navigation(a => a.Notice).AutoInclude();
    }

    private static void Part<TPart>(
        EntityTypeBuilder<FilingApplication> application, CollectionNavigationBuilder<FilingApplication, TPart> part,
        Expression<Func<FilingApplication, IEnumerable<TPart>?>> navigation) where TPart : class
    {
        part.WithOne().HasForeignKey(ApplicationId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        application.Navigation(navigation).AutoInclude();
    }
}

internal sealed class ReviewStageMapping : IEntityTypeConfiguration<ReviewStage>
{
    public void Configure(EntityTypeBuilder<ReviewStage> e)
    {
        e.ToTable("review_stages");
        e.Property(s => s.Id).ValueGeneratedNever();
        e.Property(s => s.AssigneeRole).HasMaxLength(30);
        e.Property(s => s.AssigneeScope).HasMaxLength(50);
        e.Property(s => s.Decision).HasMaxLength(50);
        e.Property(s => s.ClosedBy).HasMaxLength(100);
        e.PrimitiveCollection<List<string>>("_items").HasColumnName("items");
        e.HasIndex(s => new { s.ClosedAt, s.DueOn });
    }
}

internal sealed class FilingTransitionMapping : IEntityTypeConfiguration<FilingTransition>
{
    public void Configure(EntityTypeBuilder<FilingTransition> e)
    {
        e.ToTable("filing_transitions");
        e.Property(t => t.Id).ValueGeneratedNever();
        e.Property(t => t.ActorSubject).HasMaxLength(100);
        e.Property(t => t.ActorRole).HasMaxLength(30);
        e.Property(t => t.Decision).HasMaxLength(50);
    }
}

internal sealed class PanelExpertMapping : IEntityTypeConfiguration<PanelExpert>
{
    public void Configure(EntityTypeBuilder<PanelExpert> e)
    {
        e.ToTable("panel_experts");
        e.Property(p => p.Id).ValueGeneratedNever();
        e.Property(p => p.Subject).HasMaxLength(100);
        e.Property(p => p.Name).HasMaxLength(100);
        e.Property(p => p.UnitCreditCode).HasMaxLength(18);
        e.Property(p => p.AssignedBy).HasMaxLength(100);
        e.Property(p => p.RemovedBy).HasMaxLength(100);
        e.Property(p => p.OpinionText).HasMaxLength(FilingApplicationRules.TextMaxLength);
        e.HasIndex(p => p.Subject);
    }
}

internal sealed class ObjectionMapping : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> e)
    {
        e.ToTable("objections");
        e.Property(o => o.Id).ValueGeneratedNever();
        e.Property(o => o.Name).HasMaxLength(FilingApplicationRules.NameMaxLength);
        e.Property(o => o.Contact).HasMaxLength(200);
        e.Property(o => o.Content).HasMaxLength(FilingApplicationRules.TextMaxLength);
        e.Property(o => o.RuledBy).HasMaxLength(100);
        e.Property(o => o.RulingReason).HasMaxLength(FilingApplicationRules.TextMaxLength);
    }
}

internal sealed class PublicNoticeMapping : IEntityTypeConfiguration<PublicNotice>
{
    public void Configure(EntityTypeBuilder<PublicNotice> e)
    {
        e.ToTable("public_notices");
        e.HasKey(n => n.Id);
        e.Property(n => n.Id).ValueGeneratedNever();
        e.PrimitiveCollection<List<int>>("_yearsWithoutSchedule").HasColumnName("years_without_schedule");
        e.HasIndex(n => n.ClosesAt);
    }
}

internal sealed class FiledAllianceMapping : IEntityTypeConfiguration<FiledAlliance>
{
    public void Configure(EntityTypeBuilder<FiledAlliance> e)
    {
        e.ToTable("filed_alliances");
        e.Property(f => f.Id).ValueGeneratedNever();
        // ASCII (HLJCXLM-2026-0012): byte order sorts it as well as the language's collation, and far faster.
        e.Property(f => f.FilingNumber).HasMaxLength(30).UseCollation("C");
        e.Property(f => f.DocumentNumber).HasMaxLength(40);
        e.HasIndex(f => f.FilingNumber).IsUnique();
        e.HasIndex(f => new { f.Status, f.FiledOn });
        e.HasIndex(f => f.DocumentNumber).IsUnique();
        e.HasIndex(f => f.ApplicationId).IsUnique();
        // An alliance is on the register at most once at a time; after revocation it may file again (domain §3).
        e.HasIndex(f => f.AllianceId).IsUnique().HasFilter("status <> 'Revoked'");
        MapListing(e);
    }

    /// <summary>
    /// The public register's search reads this one table (RegisterSearch): the listing, a character-gram index for
    /// any part of a Chinese name, and indexes in the register's order for the unfiltered list and each field.
    /// </summary>
    private static void MapListing(EntityTypeBuilder<FiledAlliance> e)
    {
        e.Property(f => f.Name).HasMaxLength(200);
        e.Property(f => f.IndustryField).HasMaxLength(50);
        // Byte order, so that a region prefix (LIKE '2301%') can use the index; region codes are digits anyway.
        e.Property(f => f.Region).HasMaxLength(6).UseCollation("C");
        e.Property(f => f.ChairUnit).HasMaxLength(200);
        e.Property(f => f.LatestGrade).HasMaxLength(1);
        e.Property<string[]>(RegisterSearchSql.NameGramsColumn).HasColumnName("name_grams")
            .HasComputedColumnSql("register_name_grams(name)", stored: true);
        e.HasIndex(RegisterSearchSql.NameGramsColumn).HasMethod("gin");
        e.HasIndex(f => new { f.FiledOn, f.FilingNumber }).IsDescending(true, false).HasFilter("status <> 'Revoked'")
            .IncludeProperties(f => f.Id).HasDatabaseName("ix_filed_alliances_listed_in_register_order");
        e.HasIndex(f => new { f.IndustryField, f.FiledOn, f.FilingNumber }).IsDescending(false, true, false).HasFilter("status <> 'Revoked'")
            .IncludeProperties(f => f.Id).HasDatabaseName("ix_filed_alliances_listed_by_field_in_register_order");
        e.HasIndex(f => f.Region);
    }
}

internal sealed class RevocationCaseMapping : IEntityTypeConfiguration<RevocationCase>
{
    public void Configure(EntityTypeBuilder<RevocationCase> e)
    {
        e.ToTable("revocation_cases");
        e.Property(c => c.Id).ValueGeneratedNever();
        e.Property(c => c.SourceReference).HasMaxLength(RevocationRules.SourceReferenceMaxLength);
        e.Property(c => c.Grounds).HasMaxLength(RevocationRules.GroundsMaxLength);
        e.Property(c => c.OpenedBy).HasMaxLength(100);
        e.Property(c => c.DecidedBy).HasMaxLength(100);
        e.Property(c => c.DecisionReason).HasMaxLength(RevocationRules.ReasonMaxLength);
        // The same triggering event never opens two cases, and an alliance has at most one open case.
        e.HasIndex(c => new { c.AllianceId, c.Source, c.SourceReference }).IsUnique().HasFilter("source_reference IS NOT NULL");
        e.HasIndex(c => c.AllianceId).IsUnique().HasFilter("status = 'Open'");
    }
}
