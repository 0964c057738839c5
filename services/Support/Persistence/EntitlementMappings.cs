using AlliancePlatform.Support.Domain;
using AlliancePlatform.Support.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlliancePlatform.Support.Persistence;

internal sealed class EntitlementMapping : IEntityTypeConfiguration<Entitlement>
{
    public void Configure(EntityTypeBuilder<Entitlement> e)
    {
        e.ToTable("entitlements");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.UnitCreditCode).HasMaxLength(SupportRules.CreditCodeLength);
        e.Property(x => x.Article).HasMaxLength(20);
        e.Property(x => x.DecidedBy).HasMaxLength(200);
        e.Property(x => x.DecisionReason).HasMaxLength(SupportRules.TextMaxLength);
        e.Property(x => x.EndNote).HasMaxLength(SupportRules.TextMaxLength);
        e.Ignore(x => x.IsCurrent);
        e.HasIndex(x => new { x.UnitCreditCode, x.ValidFrom });
        e.HasIndex(x => new { x.AllianceId, x.CampaignId });
        e.HasIndex(x => x.Status);
    }
}

internal sealed class AllianceCopyMapping : IEntityTypeConfiguration<AllianceCopy>
{
    public void Configure(EntityTypeBuilder<AllianceCopy> e)
    {
        e.ToTable("alliances");
        e.HasKey(a => a.AllianceId);
        e.Property(a => a.AllianceId).ValueGeneratedNever();
        e.Property(a => a.Name).HasMaxLength(200);
        e.Property(a => a.ChairUnitCode).HasMaxLength(SupportRules.CreditCodeLength);
        e.Property(a => a.SecretaryGeneralUnitCode).HasMaxLength(SupportRules.CreditCodeLength);
        e.Ignore(a => a.IsRevoked);
    }
}

internal sealed class MemberUnitCopyMapping : IEntityTypeConfiguration<MemberUnitCopy>
{
    public void Configure(EntityTypeBuilder<MemberUnitCopy> e)
    {
        e.ToTable("member_units");
        e.HasKey(m => new { m.AllianceId, m.CreditCode });
        e.Property(m => m.CreditCode).HasMaxLength(SupportRules.CreditCodeLength);
        e.Property(m => m.Name).HasMaxLength(SupportRules.NameMaxLength);
        e.Property(m => m.UnitType).HasMaxLength(50);
    }
}
