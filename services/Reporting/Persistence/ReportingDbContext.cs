using AlliancePlatform.Reporting.Domain;
using AlliancePlatform.Reporting.Messaging;
using AlliancePlatform.ServiceDefaults.Files;
using AlliancePlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Reporting.Persistence;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : DbContext(options)
{
    public const string ConnectionName = "reportingdb";

    public DbSet<ReportingAlliance> Alliances => Set<ReportingAlliance>();
    public DbSet<AllianceActors> Actors => Set<AllianceActors>();
    public DbSet<AnnualReport> Reports => Set<AnnualReport>();
    public DbSet<Achievement> Achievements => Set<Achievement>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<StoredFile> Files => Set<StoredFile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPlatformTables();
        modelBuilder.AddStoredFiles();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // Closed sets are stored by name, so the tables read without the code.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(50);
}

internal sealed class ReportingDbContextFactory : DesignTimeDbContextFactory<ReportingDbContext>;
