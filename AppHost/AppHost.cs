using AlliancePlatform.AppHost;
using AlliancePlatform.AppHost.Infrastructure;
using AlliancePlatform.AppHost.Infrastructure.Local;

var builder = DistributedApplication.CreateBuilder(args);
var dataRoot = DataRoot.Open(builder.Configuration["Infra:DataRoot"]);
var infrastructure = PlatformInfrastructure.Add(builder, dataRoot);

var services = new[]
{
    builder.AddPlatformService<Projects.Alliance_Identity>("identity", infrastructure).WithTokenServerKeys(dataRoot),
    builder.AddPlatformService<Projects.Alliance_Membership>("membership", infrastructure),
    builder.AddPlatformService<Projects.Alliance_Filing>("filing", infrastructure),
    builder.AddPlatformService<Projects.Alliance_Reporting>("reporting", infrastructure),
    builder.AddPlatformService<Projects.Alliance_Evaluation>("evaluation", infrastructure),
    builder.AddPlatformService<Projects.Alliance_Support>("support", infrastructure),
};
var gateway = builder.AddGateway(services);
builder.AddPortal(gateway, services.Single(s => s.Resource.Name == PlatformResources.IdentityName));
builder.AddReadyReport();

builder.Build().Run();
