using AlliancePlatform.Evaluation.Domain;
using AlliancePlatform.Reporting.Domain;

namespace AlliancePlatform.Architecture.Tests;

/// <summary>
/// Evaluation keeps its own list of the annual-report figures an indicator may name (it references no other service);
/// it must be the list Reporting publishes in <c>AnnualReportAccepted</c>.
/// </summary>
public class ReportFigureNamesTests
{
    [Fact]
    public void EvaluationSourceFields_AreTheFiguresReportingPublishes() =>
        Assert.Equal(ReportContent.Empty.Figures().Keys.Order(StringComparer.Ordinal), ReportFigures.Names.Order(StringComparer.Ordinal));
}
