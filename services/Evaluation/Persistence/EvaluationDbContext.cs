using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Evaluation.Messaging;
using AlliancePlatform.ServiceDefaults.Files;
using AlliancePlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Evaluation.Persistence;

public sealed class EvaluationDbContext(DbContextOptions<EvaluationDbContext> options) : DbContext(options)
{
    public const string ConnectionName = "evaluationdb";

    public DbSet<EvaluationCampaign> Campaigns => Set<EvaluationCampaign>();
    public DbSet<SelfAssessment> SelfAssessments => Set<SelfAssessment>();
    public DbSet<ExpertReview> Reviews => Set<ExpertReview>();
    public DbSet<PublishedGrade> PublishedGrades => Set<PublishedGrade>();
    public DbSet<Rectification> Rectifications => Set<Rectification>();
    public DbSet<FiledAllianceCopy> FiledAlliances => Set<FiledAllianceCopy>();
    public DbSet<MemberUnitCopy> MemberUnits => Set<MemberUnitCopy>();
    public DbSet<StoredFile> Files => Set<StoredFile>();
    public DbSet<AcceptedReportFigure> AcceptedReportFigures => Set<AcceptedReportFigure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPlatformTables();
        modelBuilder.AddStoredFiles();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EvaluationDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // Closed sets are stored by name, so the tables read without the code.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(50);
}

internal sealed class EvaluationDbContextFactory : DesignTimeDbContextFactory<EvaluationDbContext>;
