using AlliancePlatform.Filing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlliancePlatform.Filing.Persistence;

internal sealed class HolidayScheduleRowMapping : IEntityTypeConfiguration<HolidayScheduleRow>
{
    public void Configure(EntityTypeBuilder<HolidayScheduleRow> e)
    {
        e.ToTable("holiday_schedules");
        e.HasKey(s => s.Year);
        e.Property(s => s.Year).ValueGeneratedNever();
        e.Property(s => s.Source).HasMaxLength(200);
        e.Property(s => s.UpdatedBy).HasMaxLength(100);
    }
}

internal sealed class NumberSequenceRowMapping : IEntityTypeConfiguration<NumberSequenceRow>
{
    public void Configure(EntityTypeBuilder<NumberSequenceRow> e)
    {
        e.ToTable("number_sequences");
        e.HasKey(s => new { s.Name, s.Year });
        e.Property(s => s.Name).HasMaxLength(50);
    }
}

internal sealed class ExpertMapping : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> e)
    {
        e.ToTable("experts");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.AccountName).HasMaxLength(100);
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.UnitCreditCode).HasMaxLength(18);
        e.Property(x => x.UnitName).HasMaxLength(200);
        e.Property(x => x.Specialty).HasMaxLength(200);
        e.HasIndex(x => x.AccountName).IsUnique();
    }
}

internal sealed class AttachmentContentMapping : IEntityTypeConfiguration<AttachmentContentRow>
{
    public void Configure(EntityTypeBuilder<AttachmentContentRow> e)
    {
        e.ToTable("attachment_contents");
        e.HasKey(x => x.AttachmentId);
        e.Property(x => x.AttachmentId).ValueGeneratedNever();
    }
}
