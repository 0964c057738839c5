using AlliancePlatform.ServiceDefaults.Persistence;
using AlliancePlatform.Support.Domain;
using AlliancePlatform.Support.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Support.Persistence;

public sealed class SupportDbContext(DbContextOptions<SupportDbContext> options) : DbContext(options)
{
    public const string ConnectionName = "supportdb";

    public DbSet<Entitlement> Entitlements => Set<Entitlement>();
    public DbSet<AllianceCopy> Alliances => Set<AllianceCopy>();
    public DbSet<MemberUnitCopy> MemberUnits => Set<MemberUnitCopy>();
    public DbSet<EntitlementRuleSetRow> EntitlementRuleSets => Set<EntitlementRuleSetRow>();
    public DbSet<SharedInstrument> Instruments => Set<SharedInstrument>();
    public DbSet<InstrumentBooking> InstrumentBookings => Set<InstrumentBooking>();
    public DbSet<FinancingOffer> FinancingOffers => Set<FinancingOffer>();
    public DbSet<FinancingRequest> FinancingRequests => Set<FinancingRequest>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPlatformTables();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SupportDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // Closed sets are stored by name, so the tables read without the code.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(50);
}

internal sealed class SupportDbContextFactory : DesignTimeDbContextFactory<SupportDbContext>;
