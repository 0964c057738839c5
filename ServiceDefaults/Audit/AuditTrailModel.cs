using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AlliancePlatform.ServiceDefaults.Audit;

public static class AuditTrailModel
{
    public const string Table = "audit_entries";

    public static ModelBuilder AddAuditTrail(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable(Table);
            e.HasKey(a => a.Id);
            e.Property(a => a.Actor).HasMaxLength(200);
            e.Property(a => a.Roles).HasMaxLength(200);
            e.Property(a => a.Organization).HasMaxLength(50);
            e.Property(a => a.Action).HasMaxLength(100);
            e.Property(a => a.ObjectType).HasMaxLength(100);
            e.Property(a => a.ObjectId).HasMaxLength(200);
            e.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Detail).HasMaxLength(200);
            e.Property(a => a.TraceId).HasMaxLength(32);
            e.Property(a => a.SourceAddress).HasMaxLength(45);
            e.HasIndex(a => new { a.ObjectId, a.Id });
            e.HasIndex(a => new { a.Actor, a.Id });
        });
        return modelBuilder;
    }

    /// <summary>
    /// Called from the migration that creates the table: the service's own database role loses UPDATE, DELETE
    /// and TRUNCATE on it, and a trigger refuses them for every role, superusers included, so an entry once
    /// written stays as written.
    /// </summary>
    public static void MakeAuditTrailAppendOnly(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"""
            REVOKE UPDATE, DELETE, TRUNCATE ON {Table} FROM PUBLIC;
            REVOKE UPDATE, DELETE, TRUNCATE ON {Table} FROM CURRENT_USER;
            CREATE OR REPLACE FUNCTION {Table}_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'The audit trail is append-only: % refused.', TG_OP USING ERRCODE = 'insufficient_privilege';
            END
            $$;
            CREATE TRIGGER {Table}_no_change BEFORE UPDATE OR DELETE ON {Table}
                FOR EACH ROW EXECUTE FUNCTION {Table}_are_append_only();
            CREATE TRIGGER {Table}_no_truncate BEFORE TRUNCATE ON {Table}
                FOR EACH STATEMENT EXECUTE FUNCTION {Table}_are_append_only();
            """);
    }
}
