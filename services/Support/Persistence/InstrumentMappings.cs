using AlliancePlatform.Support.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlliancePlatform.Support.Persistence;

internal sealed class SharedInstrumentMapping : IEntityTypeConfiguration<SharedInstrument>
{
    public void Configure(EntityTypeBuilder<SharedInstrument> e)
    {
        e.ToTable("instruments");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.OwnerCreditCode).HasMaxLength(SupportRules.CreditCodeLength);
        e.Property(x => x.Name).HasMaxLength(SupportRules.NameMaxLength);
        e.Property(x => x.Model).HasMaxLength(SupportRules.NameMaxLength);
        e.Property(x => x.Location).HasMaxLength(SupportRules.NameMaxLength);
        e.Property(x => x.BookingRules).HasMaxLength(SupportRules.TextMaxLength);
        e.Property(x => x.ListedBy).HasMaxLength(200);
        e.Ignore(x => x.IsOpen);
        e.HasIndex(x => x.OwnerCreditCode);
    }
}

internal sealed class InstrumentBookingMapping : IEntityTypeConfiguration<InstrumentBooking>
{
    public void Configure(EntityTypeBuilder<InstrumentBooking> e)
    {
        // Two approved bookings of one instrument never overlap: besides the aggregate's check, the migration adds an
        // exclusion constraint (instrument_id =, tstzrange(starts_at, ends_at, '[)') &&) WHERE status = 'Approved'.
        e.ToTable("instrument_bookings");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.OwnerCreditCode).HasMaxLength(SupportRules.CreditCodeLength);
        e.Property(x => x.RequesterCreditCode).HasMaxLength(SupportRules.CreditCodeLength);
        e.Property(x => x.RequestedBy).HasMaxLength(200);
        e.Property(x => x.Purpose).HasMaxLength(SupportRules.TextMaxLength);
        e.OwnsOne(x => x.Slot, s =>
        {
            s.Property(p => p.Start).HasColumnName("starts_at");
            s.Property(p => p.End).HasColumnName("ends_at");
        });
        e.Navigation(x => x.Slot).IsRequired();
        e.OwnsOne(x => x.Answer, UnitAnswerMapping.Columns);
        e.HasOne<SharedInstrument>().WithMany().HasForeignKey(x => x.InstrumentId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.InstrumentId, x.Status });
    }
}
