using AlliancePlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Reporting.Persistence;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : DbContext(options)
{
    public const string ConnectionName = "reportingdb";

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddPlatformTables();
}

internal sealed class ReportingDbContextFactory : DesignTimeDbContextFactory<ReportingDbContext>;
