using AlliancePlatform.Identity.Accounts;
using AlliancePlatform.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.Identity.Persistence;

/// <summary>People (ASP.NET Core Identity), OpenIddict's applications and tokens, and the platform tables.</summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<PlatformUser>(options)
{
    public const string ConnectionName = "identitydb";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.AddPlatformTables();
        builder.Entity<PlatformUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(100);
            e.Property(u => u.Organization).HasMaxLength(18);
            e.Property(u => u.Region).HasMaxLength(6);
            e.Property(u => u.Industry).HasMaxLength(50);
        });
    }
}

internal sealed class AccountsDbContextFactory : DesignTimeDbContextFactory<AccountsDbContext>;
