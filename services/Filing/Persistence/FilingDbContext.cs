using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Messaging;
using AlliancePlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Persistence;

public sealed class FilingDbContext(DbContextOptions<FilingDbContext> options) : DbContext(options)
{
    public const string ConnectionName = "filingdb";

    public DbSet<AllianceProjection> Alliances => Set<AllianceProjection>();
    public DbSet<MemberUnitProjection> MemberUnits => Set<MemberUnitProjection>();
    public DbSet<FilingApplication> Applications => Set<FilingApplication>();
    public DbSet<AttachmentContentRow> AttachmentContents => Set<AttachmentContentRow>();
    public DbSet<Expert> Experts => Set<Expert>();
    public DbSet<FiledAlliance> Register => Set<FiledAlliance>();
    public DbSet<RevocationCase> RevocationCases => Set<RevocationCase>();
    public DbSet<HolidayScheduleRow> HolidaySchedules => Set<HolidayScheduleRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPlatformTables();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FilingDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Statuses, kinds and decisions are stored by name, so the tables read without the code.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(50);
    }
}

internal sealed class FilingDbContextFactory : DesignTimeDbContextFactory<FilingDbContext>;
