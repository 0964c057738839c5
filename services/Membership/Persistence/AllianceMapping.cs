using AlliancePlatform.Membership.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlliancePlatform.Membership.Persistence;

/// <summary>The alliance aggregate: one row for the alliance, one table per kind of part, each part keyed by its own id.</summary>
internal static class AllianceMapping
{
    private const string AllianceId = "AllianceId";

    public static void AddAlliances(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Alliance>(e =>
        {
            e.ToTable("alliances");
            e.HasKey(a => a.Id);
            e.Property(a => a.Name).HasMaxLength(AllianceRules.NameMaxLength);
            e.Property(a => a.IndustryField).HasMaxLength(50);
            e.Property(a => a.RegisteredByOrganization).HasMaxLength(UnifiedSocialCreditCode.Length);
            e.HasIndex(a => a.Name).IsUnique();
            e.HasIndex(a => a.RegisteredByOrganization);
            e.Ignore(a => a.DomainEvents);
            e.Property(a => a.DissolutionReason).HasMaxLength(Alliance.DissolutionReasonMaxLength);
            e.ComplexProperty(a => a.Secretariat, s =>
            {
                s.Property(x => x.OfficeAddress).HasMaxLength(GoverningBodyRules.OfficeAddressMaxLength);
                s.Property(x => x.AnnualBudget).HasPrecision(14, 2);
            });
            Part(e, e.HasMany(a => a.Members), a => a.Members);
            Part(e, e.HasMany(a => a.MembershipHistory), a => a.MembershipHistory);
            Part(e, e.HasMany(a => a.Council), a => a.Council);
            Part(e, e.HasMany(a => a.ExpertCommittee), a => a.ExpertCommittee);
            Part(e, e.HasMany(a => a.FormationSteps), a => a.FormationSteps);
            Part(e, e.HasMany(a => a.CharterVersions), a => a.CharterVersions);
        });

        modelBuilder.Entity<AllianceMember>(e =>
        {
            e.ToTable("alliance_members");
            e.Property(m => m.Id).ValueGeneratedNever();
            e.Property(m => m.LeaveReason).HasMaxLength(MembershipRules.ReasonMaxLength);
            e.HasIndex(m => m.MemberUnitId);
        });
        modelBuilder.Entity<MembershipChange>(e =>
        {
            e.ToTable("membership_changes");
            e.Property(c => c.Id).ValueGeneratedNever();
            e.Property(c => c.Reason).HasMaxLength(MembershipRules.ReasonMaxLength);
        });
        modelBuilder.Entity<CouncilMember>(e =>
        {
            e.ToTable("council_members");
            e.Property(c => c.Id).ValueGeneratedNever();
            e.Property(c => c.PersonName).HasMaxLength(GoverningBodyRules.PersonNameMaxLength);
        });
        modelBuilder.Entity<ExpertCommitteeMember>(e =>
        {
            e.ToTable("expert_committee_members");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Name).HasMaxLength(GoverningBodyRules.PersonNameMaxLength);
            e.Property(x => x.Affiliation).HasMaxLength(GoverningBodyRules.AffiliationMaxLength);
            e.Property(x => x.Title).HasMaxLength(GoverningBodyRules.TitleMaxLength);
        });
        modelBuilder.Entity<FormationStepRecord>(e =>
        {
            e.ToTable("formation_steps");
            e.Property(f => f.Id).ValueGeneratedNever();
        });
        modelBuilder.Entity<CharterVersion>(e =>
        {
            e.ToTable("charter_versions");
            e.Property(v => v.Id).ValueGeneratedNever();
            e.ComplexProperty(v => v.Clauses);
            e.HasMany(v => v.Signatures).WithOne().HasForeignKey("CharterVersionId").IsRequired();
            e.Navigation(v => v.Signatures).AutoInclude();
        });
        modelBuilder.Entity<CharterSignature>(e =>
        {
            e.ToTable("charter_signatures");
            e.Property(s => s.Id).ValueGeneratedNever();
            e.Property(s => s.SignerName).HasMaxLength(GoverningBodyRules.PersonNameMaxLength);
        });
    }

    /// <summary>A part of the alliance, loaded whenever the alliance is.</summary>
    private static void Part<TPart>(
        EntityTypeBuilder<Alliance> alliance, CollectionNavigationBuilder<Alliance, TPart> part,
        System.Linq.Expressions.Expression<Func<Alliance, IEnumerable<TPart>?>> navigation) where TPart : class
    {
        part.WithOne().HasForeignKey(AllianceId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        alliance.Navigation(navigation).AutoInclude();
    }
}
