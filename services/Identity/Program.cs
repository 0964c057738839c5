using AlliancePlatform.Identity;
using AlliancePlatform.Identity.Features.Authorize;
using AlliancePlatform.Identity.Features.Login;
using AlliancePlatform.Identity.Features.Token;
using AlliancePlatform.Identity.Persistence;
using AlliancePlatform.ServiceDefaults;
using AlliancePlatform.ServiceDefaults.Audit;
using Microsoft.AspNetCore.Authorization;
using OpenIddict.Validation.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();
app.UseServiceDefaults();
app.UseAntiforgery();
app.MapLoginEndpoints();
app.MapAuthorizeEndpoint();
app.MapTokenEndpoint();
app.MapAuditTrail<AccountsDbContext>("identity")
    .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme });
app.Run();
