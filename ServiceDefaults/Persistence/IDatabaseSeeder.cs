using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.ServiceDefaults.Persistence;

/// <summary>Reference data a service needs in its database, written right after migrating; must be safe to run on every start and by two replicas at once.</summary>
public interface IDatabaseSeeder<in TContext> where TContext : DbContext
{
    Task SeedAsync(TContext db, CancellationToken cancellationToken);
}
