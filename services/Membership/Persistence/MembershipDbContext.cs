using AlliancePlatform.Membership.Domain;
using AlliancePlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Membership.Persistence;

public sealed class MembershipDbContext(DbContextOptions<MembershipDbContext> options) : DbContext(options)
{
    public const string ConnectionName = "membershipdb";

    public DbSet<Alliance> Alliances => Set<Alliance>();
    public DbSet<MemberUnit> MemberUnits => Set<MemberUnit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPlatformTables();
        modelBuilder.AddAlliances();
        modelBuilder.AddMemberUnits();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // Closed sets are stored by name, so the database reads the same as the API.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
}

internal sealed class MembershipDbContextFactory : DesignTimeDbContextFactory<MembershipDbContext>;
