using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlliancePlatform.Reporting.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AnnualReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "alliance_actors",
                columns: table => new
                {
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    industry_field = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    acting_unit_codes = table.Column<string[]>(type: "text[]", nullable: false),
                    chair_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    chair_unit_code = table.Column<string>(type: "text", nullable: true),
                    secretary_general_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    secretary_general_unit_code = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_alliance_actors", x => x.alliance_id);
                });

            migrationBuilder.CreateTable(
                name: "annual_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    summary = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    first_submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    return_reason = table.Column<string>(type: "text", nullable: true),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    content_achievement_transfers = table.Column<int>(type: "integer", nullable: false),
                    content_exchanges = table.Column<int>(type: "integer", nullable: false),
                    content_expenditure = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    content_income = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    content_joint_project_funding = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    content_joint_projects = table.Column<int>(type: "integer", nullable: false),
                    content_meetings = table.Column<int>(type: "integer", nullable: false),
                    content_members_joined = table.Column<int>(type: "integer", nullable: false),
                    content_members_left = table.Column<int>(type: "integer", nullable: false),
                    content_patents_joined = table.Column<int>(type: "integer", nullable: false),
                    content_patents_led = table.Column<int>(type: "integer", nullable: false),
                    content_shared_instruments = table.Column<int>(type: "integer", nullable: false),
                    content_standards_joined = table.Column<int>(type: "integer", nullable: false),
                    content_standards_led = table.Column<int>(type: "integer", nullable: false),
                    content_talent_trained = table.Column<int>(type: "integer", nullable: false),
                    content_training_sessions = table.Column<int>(type: "integer", nullable: false),
                    content_transfer_contract_value = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_annual_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_alliances",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reporting_alliances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "annual_report_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    annual_report_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_annual_report_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_annual_report_attachments_annual_reports_annual_report_id",
                        column: x => x.annual_report_id,
                        principalTable: "annual_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "annual_report_transitions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    actor_role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    from = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    to = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    decision = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    reason = table.Column<string>(type: "text", nullable: true),
                    annual_report_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_annual_report_transitions", x => x.id);
                    table.ForeignKey(
                        name: "fk_annual_report_transitions_annual_reports_annual_report_id",
                        column: x => x.annual_report_id,
                        principalTable: "annual_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "filing_periods",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    revoked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reporting_alliance_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_filing_periods", x => x.id);
                    table.ForeignKey(
                        name: "fk_filing_periods_reporting_alliances_reporting_alliance_id",
                        column: x => x.reporting_alliance_id,
                        principalTable: "reporting_alliances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_alliance_actors_acting_unit_codes",
                table: "alliance_actors",
                column: "acting_unit_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_annual_report_attachments_annual_report_id",
                table: "annual_report_attachments",
                column: "annual_report_id");

            migrationBuilder.CreateIndex(
                name: "ix_annual_report_transitions_annual_report_id",
                table: "annual_report_transitions",
                column: "annual_report_id");

            migrationBuilder.CreateIndex(
                name: "ix_annual_reports_alliance_id_year",
                table: "annual_reports",
                columns: new[] { "alliance_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_filing_periods_reporting_alliance_id",
                table: "filing_periods",
                column: "reporting_alliance_id");

            migrationBuilder.CreateIndex(
                name: "ix_reporting_alliances_alliance_id",
                table: "reporting_alliances",
                column: "alliance_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alliance_actors");

            migrationBuilder.DropTable(
                name: "annual_report_attachments");

            migrationBuilder.DropTable(
                name: "annual_report_transitions");

            migrationBuilder.DropTable(
                name: "filing_periods");

            migrationBuilder.DropTable(
                name: "annual_reports");

            migrationBuilder.DropTable(
                name: "reporting_alliances");
        }
    }
}
