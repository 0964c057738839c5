using AlliancePlatform.ServiceDefaults.Audit;
using AlliancePlatform.ServiceDefaults.Http.Idempotency;
using AlliancePlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.ServiceDefaults.Persistence;

public static class PlatformTables
{
    /// <summary>The tables every service database has: outbox, inbox, stored idempotent responses and the audit trail.</summary>
    public static ModelBuilder AddPlatformTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
        modelBuilder.Entity<IdempotentRequest>(e =>
        {
            e.ToTable("idempotent_requests");
            e.HasKey(r => new { r.Key, r.Scope });
            e.Property(r => r.Key).HasMaxLength(200);
            e.Property(r => r.Scope).HasMaxLength(400);
            e.Property(r => r.Location).HasMaxLength(500);
        });
        return modelBuilder;
    }
}
