using AlliancePlatform.Support.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlliancePlatform.Support.Persistence;

internal sealed class FinancingOfferMapping : IEntityTypeConfiguration<FinancingOffer>
{
    public void Configure(EntityTypeBuilder<FinancingOffer> e)
    {
        e.ToTable("financing_offers");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.InstitutionCreditCode).HasMaxLength(SupportRules.CreditCodeLength);
        // uuid[]: who may apply is read as "alliance_ids && my alliances" (GIN index).
        e.Property(x => x.AllianceIds).HasColumnName("alliance_ids");
        e.Property(x => x.Product).HasMaxLength(SupportRules.NameMaxLength);
        e.Property(x => x.Terms).HasMaxLength(SupportRules.TextMaxLength);
        e.Property(x => x.PublishedBy).HasMaxLength(200);
        e.OwnsOne(x => x.Range, r =>
        {
            r.Property(p => p.Minimum).HasColumnName("minimum_amount").HasPrecision(18, 2);
            r.Property(p => p.Maximum).HasColumnName("maximum_amount").HasPrecision(18, 2);
        });
        e.Navigation(x => x.Range).IsRequired();
        e.Ignore(x => x.IsOpen);
        e.HasIndex(x => x.InstitutionCreditCode);
        e.HasIndex(x => x.AllianceIds).HasMethod("gin");
    }
}

internal sealed class FinancingRequestMapping : IEntityTypeConfiguration<FinancingRequest>
{
    public void Configure(EntityTypeBuilder<FinancingRequest> e)
    {
        e.ToTable("financing_requests");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.InstitutionCreditCode).HasMaxLength(SupportRules.CreditCodeLength);
        e.Property(x => x.EnterpriseCreditCode).HasMaxLength(SupportRules.CreditCodeLength);
        e.Property(x => x.AllianceIds).HasColumnName("alliance_ids");
        e.Property(x => x.SentBy).HasMaxLength(200);
        e.Property(x => x.Amount).HasPrecision(18, 2);
        e.Property(x => x.Purpose).HasMaxLength(SupportRules.TextMaxLength);
        e.OwnsOne(x => x.Answer, UnitAnswerMapping.Columns);
        e.HasOne<FinancingOffer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.EnterpriseCreditCode, x.Status });
        e.HasIndex(x => new { x.InstitutionCreditCode, x.Status });
        e.HasIndex(x => x.AllianceIds).HasMethod("gin");
    }
}
