using AlliancePlatform.Filing.Messaging;
using AlliancePlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Filing.Persistence;

public sealed class FilingDbContext(DbContextOptions<FilingDbContext> options) : DbContext(options)
{
    public const string ConnectionName = "filingdb";

    public DbSet<AllianceProjection> Alliances => Set<AllianceProjection>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPlatformTables();
        modelBuilder.Entity<AllianceProjection>(e =>
        {
            e.ToTable("alliance_projections");
            e.HasKey(a => a.AllianceId);
            e.Property(a => a.AllianceId).ValueGeneratedNever();
            e.Property(a => a.Name).HasMaxLength(200);
            e.Property(a => a.IndustryField).HasMaxLength(50);
            e.Property(a => a.RegisteredByOrganization).HasMaxLength(18);
        });
    }
}

internal sealed class FilingDbContextFactory : DesignTimeDbContextFactory<FilingDbContext>;
