using AlliancePlatform.Membership.Domain;
using AlliancePlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Membership.Persistence;

public sealed class MembershipDbContext(DbContextOptions<MembershipDbContext> options) : DbContext(options)
{
    public const string ConnectionName = "membershipdb";

    public DbSet<Alliance> Alliances => Set<Alliance>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPlatformTables();
        modelBuilder.Entity<Alliance>(e =>
        {
            e.ToTable("alliances");
            e.HasKey(a => a.Id);
            e.Property(a => a.Name).HasMaxLength(AllianceRules.NameMaxLength);
            e.Property(a => a.IndustryField).HasMaxLength(50);
            e.Property(a => a.RegisteredByOrganization).HasMaxLength(18);
            e.HasIndex(a => a.Name).IsUnique();
            e.HasIndex(a => a.RegisteredByOrganization);
        });
    }
}

internal sealed class MembershipDbContextFactory : DesignTimeDbContextFactory<MembershipDbContext>;
