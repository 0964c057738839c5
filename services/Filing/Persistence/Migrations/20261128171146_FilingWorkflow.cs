using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlliancePlatform.Filing.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FilingWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "registered_at",
                table: "alliance_projections",
                type: "timestamp with time zone",
                nullable: true,
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone");

            migrationBuilder.AddColumn<string[]>(
                name: "acting_unit_codes",
                table: "alliance_projections",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<string>(
                name: "chair_unit",
                table: "alliance_projections",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "chair_unit_changed_at",
                table: "alliance_projections",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "chair_unit_name",
                table: "alliance_projections",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "eligibility_assessed_at",
                table: "alliance_projections",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "eligibility_checks",
                table: "alliance_projections",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<bool>(
                name: "eligible",
                table: "alliance_projections",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "region",
                table: "alliance_projections",
                type: "character varying(6)",
                maxLength: 6,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "secretary_general_unit",
                table: "alliance_projections",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "secretary_general_unit_changed_at",
                table: "alliance_projections",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "attachment_contents",
                columns: table => new
                {
                    attachment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attachment_contents", x => x.attachment_id);
                });

            migrationBuilder.CreateTable(
                name: "experts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    unit_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    unit_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    specialty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_experts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "filed_alliances",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    filing_number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    document_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    yellow_carded_since = table.Column<DateOnly>(type: "date", nullable: true),
                    revoked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    revocation_case_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_filed_alliances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "filing_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    industry_field = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    region = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    applicant_organization = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    eligibility_assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    consolidated_opinion = table.Column<string>(type: "text", nullable: true),
                    meeting_decision_meeting_on = table.Column<DateOnly>(type: "date", nullable: true),
                    meeting_decision_meeting_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meeting_decision_approved = table.Column<bool>(type: "boolean", nullable: true),
                    meeting_decision_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    filing_number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    document_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_filing_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "holiday_schedules",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    holidays = table.Column<DateOnly[]>(type: "date[]", nullable: false),
                    make_up_working_days = table.Column<DateOnly[]>(type: "date[]", nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_holiday_schedules", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "member_unit_projections",
                columns: table => new
                {
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    unit_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    region = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    is_current_member = table.Column<bool>(type: "boolean", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_unit_projections", x => new { x.alliance_id, x.member_unit_id });
                });

            migrationBuilder.CreateTable(
                name: "number_sequences",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_value = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_number_sequences", x => new { x.name, x.year });
                });

            migrationBuilder.CreateTable(
                name: "revocation_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    filed_alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cause = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    source = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    source_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    grounds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    opened_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_revocation_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "application_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_application_attachments_filing_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "filing_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "filing_transitions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    actor_role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    from = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    to = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    decision = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_filing_transitions", x => x.id);
                    table.ForeignKey(
                        name: "fk_filing_transitions_filing_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "filing_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "objections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ruling = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ruled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ruled_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ruling_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_objections", x => x.id);
                    table.ForeignKey(
                        name: "fk_objections_filing_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "filing_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "panel_experts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    expert_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    unit_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assigned_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    opinion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    opinion_text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    opinion_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    removed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    removed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_panel_experts", x => x.id);
                    table.ForeignKey(
                        name: "fk_panel_experts_filing_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "filing_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "public_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    opens_on = table.Column<DateOnly>(type: "date", nullable: false),
                    first_day = table.Column<DateOnly>(type: "date", nullable: false),
                    last_day = table.Column<DateOnly>(type: "date", nullable: false),
                    working_days = table.Column<int>(type: "integer", nullable: false),
                    closes_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    years_without_schedule = table.Column<List<int>>(type: "integer[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_public_notices", x => x.id);
                    table.ForeignKey(
                        name: "fk_public_notices_filing_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "filing_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_stages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    assignee_role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    assignee_scope = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    paused_on = table.Column<DateOnly>(type: "date", nullable: true),
                    remaining_working_days_when_paused = table.Column<int>(type: "integer", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    closed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    items = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_stages", x => x.id);
                    table.ForeignKey(
                        name: "fk_review_stages_filing_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "filing_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_alliance_projections_acting_unit_codes",
                table: "alliance_projections",
                column: "acting_unit_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_alliance_projections_name",
                table: "alliance_projections",
                column: "name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_alliance_projections_region",
                table: "alliance_projections",
                column: "region");

            migrationBuilder.CreateIndex(
                name: "ix_application_attachments_application_id",
                table: "application_attachments",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_experts_account_name",
                table: "experts",
                column: "account_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_filed_alliances_alliance_id",
                table: "filed_alliances",
                column: "alliance_id",
                unique: true,
                filter: "status <> 'Revoked'");

            migrationBuilder.CreateIndex(
                name: "ix_filed_alliances_application_id",
                table: "filed_alliances",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_filed_alliances_document_number",
                table: "filed_alliances",
                column: "document_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_filed_alliances_filing_number",
                table: "filed_alliances",
                column: "filing_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_filed_alliances_status_filed_on",
                table: "filed_alliances",
                columns: new[] { "status", "filed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_filing_applications_alliance_id",
                table: "filing_applications",
                column: "alliance_id",
                unique: true,
                filter: "status NOT IN ('Filed', 'Rejected', 'Lapsed', 'Withdrawn')");

            migrationBuilder.CreateIndex(
                name: "ix_filing_applications_status",
                table: "filing_applications",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_filing_transitions_application_id",
                table: "filing_transitions",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_unit_projections_credit_code",
                table: "member_unit_projections",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_objections_application_id",
                table: "objections",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_panel_experts_application_id",
                table: "panel_experts",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_panel_experts_subject",
                table: "panel_experts",
                column: "subject");

            migrationBuilder.CreateIndex(
                name: "ix_public_notices_application_id",
                table: "public_notices",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_public_notices_closes_at",
                table: "public_notices",
                column: "closes_at");

            migrationBuilder.CreateIndex(
                name: "ix_review_stages_application_id",
                table: "review_stages",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_stages_closed_at_due_on",
                table: "review_stages",
                columns: new[] { "closed_at", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_revocation_cases_alliance_id",
                table: "revocation_cases",
                column: "alliance_id",
                unique: true,
                filter: "status = 'Open'");

            migrationBuilder.CreateIndex(
                name: "ix_revocation_cases_source_source_reference",
                table: "revocation_cases",
                columns: new[] { "source", "source_reference" },
                unique: true,
                filter: "source_reference IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_attachments");

            migrationBuilder.DropTable(
                name: "attachment_contents");

            migrationBuilder.DropTable(
                name: "experts");

            migrationBuilder.DropTable(
                name: "filed_alliances");

            migrationBuilder.DropTable(
                name: "filing_transitions");

            migrationBuilder.DropTable(
                name: "holiday_schedules");

            migrationBuilder.DropTable(
                name: "member_unit_projections");

            migrationBuilder.DropTable(
                name: "number_sequences");

            migrationBuilder.DropTable(
                name: "objections");

            migrationBuilder.DropTable(
                name: "panel_experts");

            migrationBuilder.DropTable(
                name: "public_notices");

            migrationBuilder.DropTable(
                name: "review_stages");

            migrationBuilder.DropTable(
                name: "revocation_cases");

            migrationBuilder.DropTable(
                name: "filing_applications");

            migrationBuilder.DropIndex(
                name: "ix_alliance_projections_acting_unit_codes",
                table: "alliance_projections");

            migrationBuilder.DropIndex(
                name: "ix_alliance_projections_name",
                table: "alliance_projections");

            migrationBuilder.DropIndex(
                name: "ix_alliance_projections_region",
                table: "alliance_projections");

            migrationBuilder.DropColumn(
                name: "acting_unit_codes",
                table: "alliance_projections");

            migrationBuilder.DropColumn(
                name: "chair_unit",
                table: "alliance_projections");

            migrationBuilder.DropColumn(
                name: "chair_unit_changed_at",
                table: "alliance_projections");

            migrationBuilder.DropColumn(
                name: "chair_unit_name",
                table: "alliance_projections");

            migrationBuilder.DropColumn(
                name: "eligibility_assessed_at",
                table: "alliance_projections");

            migrationBuilder.DropColumn(
                name: "eligibility_checks",
                table: "alliance_projections");

            migrationBuilder.DropColumn(
                name: "eligible",
                table: "alliance_projections");

            migrationBuilder.DropColumn(
                name: "region",
                table: "alliance_projections");

            migrationBuilder.DropColumn(
                name: "secretary_general_unit",
                table: "alliance_projections");

            migrationBuilder.DropColumn(
                name: "secretary_general_unit_changed_at",
                table: "alliance_projections");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "registered_at",
                table: "alliance_projections",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)),
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone",
                oldNullable: true);
        }
    }
}
