using AlliancePlatform.Filing.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlliancePlatform.Filing.Persistence;

internal sealed class AllianceProjectionMapping : IEntityTypeConfiguration<AllianceProjection>
{
    public void Configure(EntityTypeBuilder<AllianceProjection> e)
    {
        e.ToTable("alliance_projections");
        e.HasKey(a => a.AllianceId);
        e.Property(a => a.AllianceId).ValueGeneratedNever();
        e.Property(a => a.Name).HasMaxLength(200);
        e.Property(a => a.IndustryField).HasMaxLength(50);
        e.Property(a => a.RegisteredByOrganization).HasMaxLength(18);
        e.Property(a => a.ChairUnit).HasJsonConversion();
        e.Property(a => a.SecretaryGeneralUnit).HasJsonConversion();
        e.Property(a => a.EligibilityChecks).HasJsonConversion().HasDefaultValueSql("'[]'::jsonb");
        e.Ignore(a => a.ActingOrganizations);
        e.HasIndex(a => a.ActingUnitCodes).HasMethod("gin");
        e.HasIndex(a => a.Region);
        e.Property(a => a.Region).HasMaxLength(6);
        e.Property(a => a.ChairUnitName).HasMaxLength(200);
    }
}

internal sealed class MemberUnitProjectionMapping : IEntityTypeConfiguration<MemberUnitProjection>
{
    public void Configure(EntityTypeBuilder<MemberUnitProjection> e)
    {
        e.ToTable("member_unit_projections");
        e.HasKey(m => new { m.AllianceId, m.MemberUnitId });
        e.Property(m => m.Name).HasMaxLength(200);
        e.Property(m => m.CreditCode).HasMaxLength(18);
        e.Property(m => m.UnitType).HasMaxLength(50);
        e.Property(m => m.Region).HasMaxLength(6);
        e.HasIndex(m => m.CreditCode);
    }
}
