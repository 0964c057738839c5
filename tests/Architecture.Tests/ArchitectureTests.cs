using System.Reflection;
using NetArchTest.Rules;

namespace AlliancePlatform.Architecture.Tests;

public class ArchitectureTests
{
    private static readonly Assembly[] Services =
    [
        typeof(AlliancePlatform.Identity.Persistence.AccountsDbContext).Assembly,
        typeof(AlliancePlatform.Membership.Persistence.MembershipDbContext).Assembly,
        typeof(AlliancePlatform.Filing.Persistence.FilingDbContext).Assembly,
        typeof(AlliancePlatform.Reporting.Persistence.ReportingDbContext).Assembly,
        typeof(AlliancePlatform.Evaluation.Persistence.EvaluationDbContext).Assembly,
        typeof(AlliancePlatform.Support.Persistence.SupportDbContext).Assembly,
    ];

    public static TheoryData<string> ServiceNames => [.. Services.Select(a => a.GetName().Name!)];

    private static Assembly Service(string name) => Services.Single(a => a.GetName().Name == name);

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void Domain_DependsOnNoFramework(string service)
    {
        var assembly = Service(service);
        var domain = $"{assembly.GetName().Name!.Replace("Alliance.", "AlliancePlatform.", StringComparison.Ordinal)}.Domain";

        var result = Types.InAssembly(assembly)
            .That().ResideInNamespace(domain)
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "MassTransit", "Microsoft.AspNetCore", "Npgsql", "System.Net.Http")
            .GetResult();

        Assert.True(result.IsSuccessful, $"Domain types of {service} use a framework: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void Service_ReferencesNoOtherService(string service)
    {
        var others = Services.Select(a => a.GetName().Name!).Where(n => n != service).ToHashSet();

        var references = Service(service).GetReferencedAssemblies().Select(r => r.Name!).Where(others.Contains);

        Assert.Empty(references);
    }

    [Fact]
    public void Gateway_ReferencesNoService()
    {
        var services = Services.Select(a => a.GetName().Name!).ToHashSet();

        var references = typeof(AlliancePlatform.Gateway.GatewayLimitOptions).Assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(services.Contains);

        Assert.Empty(references);
    }

    [Fact]
    public void Portal_ReferencesNoService_OnlyTheGatewaysApis()
    {
        var services = Services.Select(a => a.GetName().Name!).Append("Alliance.Gateway").ToHashSet();

        var references = typeof(AlliancePlatform.Portal.PortalOptions).Assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(services.Contains);

        Assert.Empty(references);
    }

    [Fact]
    public void WorkingDays_DependOnNoFramework()
    {
        var result = Types.InAssembly(typeof(AlliancePlatform.WorkingDays.WorkingDayCalendar).Assembly)
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "MassTransit", "Microsoft.AspNetCore", "Npgsql", "System.Net.Http")
            .GetResult();

        Assert.True(result.IsSuccessful, $"The shared calendar uses a framework: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Contracts_DependOnNothingButMessageNaming()
    {
        var contracts = typeof(AlliancePlatform.Contracts.IntegrationEventNames).Assembly;

        var references = contracts.GetReferencedAssemblies().Select(r => r.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "MassTransit.Abstractions" && n != "netstandard");

        Assert.Empty(references);
    }

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void Service_KeepsItsDomainWhereTheConventionSays(string service)
    {
        var result = Types.InAssembly(Service(service))
            .That().HaveNameEndingWith("DbContext")
            .Should().ResideInNamespaceEndingWith(".Persistence")
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }
}
