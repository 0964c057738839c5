using AlliancePlatform.Evaluation.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlliancePlatform.Evaluation.Persistence;

internal sealed class FiledAllianceCopyMapping : IEntityTypeConfiguration<FiledAllianceCopy>
{
    public void Configure(EntityTypeBuilder<FiledAllianceCopy> e)
    {
        e.ToTable("filed_alliances");
        e.HasKey(a => a.AllianceId);
        e.Property(a => a.AllianceId).ValueGeneratedNever();
        e.Property(a => a.Name).HasMaxLength(200);
        e.Property(a => a.IndustryField).HasMaxLength(50);
        e.Property(a => a.Region).HasMaxLength(6);
        e.Property(a => a.ChairUnitCode).HasMaxLength(18);
        e.Property(a => a.SecretaryGeneralUnitCode).HasMaxLength(18);
        e.HasIndex(a => a.ActingUnitCodes).HasMethod("gin");
    }
}

internal sealed class MemberUnitCopyMapping : IEntityTypeConfiguration<MemberUnitCopy>
{
    public void Configure(EntityTypeBuilder<MemberUnitCopy> e)
    {
        e.ToTable("member_units");
        e.HasKey(m => new { m.AllianceId, m.CreditCode });
        e.Property(m => m.CreditCode).HasMaxLength(18);
    }
}

internal sealed class AcceptedReportFigureMapping : IEntityTypeConfiguration<AcceptedReportFigure>
{
    public void Configure(EntityTypeBuilder<AcceptedReportFigure> e)
    {
        e.ToTable("accepted_report_figures");
        e.HasKey(f => new { f.AllianceId, f.ReportYear, f.Field });
        e.Property(f => f.Field).HasMaxLength(100);
        e.Property(f => f.Value).HasPrecision(18, 2);
    }
}

internal sealed class RaisedRefusalMapping : IEntityTypeConfiguration<Features.Clock.RaisedRefusal>
{
    public void Configure(EntityTypeBuilder<Features.Clock.RaisedRefusal> e)
    {
        e.ToTable("raised_refusals");
        e.HasKey(r => new { r.CampaignId, r.AllianceId });
    }
}
