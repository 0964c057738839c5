using AlliancePlatform.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlliancePlatform.Evaluation.Persistence;

internal sealed class PublishedGradeMapping : IEntityTypeConfiguration<PublishedGrade>
{
    public void Configure(EntityTypeBuilder<PublishedGrade> e)
    {
        e.ToTable("published_grades");
        e.HasKey(g => new { g.CampaignId, g.AllianceId });
        e.Property(g => g.Composite).HasPrecision(7, 4);
        // The grade an alliance had in the campaign before (repeated D, Art 23).
        e.HasIndex(g => new { g.AllianceId, g.Year });
    }
}

internal sealed class RectificationMapping : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> e)
    {
        e.ToTable("rectifications");
        e.Property(r => r.Id).ValueGeneratedNever();
        e.Property(r => r.ClosedBy).HasMaxLength(100);
        e.Property(r => r.Conclusion).HasMaxLength(4000);
        e.HasIndex(r => new { r.CampaignId, r.AllianceId }).IsUnique();
        e.HasIndex(r => r.AllianceId);
    }
}
