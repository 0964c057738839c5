using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlliancePlatform.Evaluation.Persistence;

internal sealed class HolidayScheduleCopyMapping : IEntityTypeConfiguration<HolidayScheduleCopy>
{
    public void Configure(EntityTypeBuilder<HolidayScheduleCopy> e)
    {
        e.ToTable("holiday_schedules");
        e.HasKey(s => s.Year);
        e.Property(s => s.Year).ValueGeneratedNever();
        e.Property(s => s.Source).HasMaxLength(200);
    }
}
