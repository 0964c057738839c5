using AlliancePlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Evaluation.Persistence;

public sealed class EvaluationDbContext(DbContextOptions<EvaluationDbContext> options) : DbContext(options)
{
    public const string ConnectionName = "evaluationdb";

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddPlatformTables();
}

internal sealed class EvaluationDbContextFactory : DesignTimeDbContextFactory<EvaluationDbContext>;
