using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlliancePlatform.Reporting.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReportingClock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fired_reminders",
                columns: table => new
                {
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_year = table.Column<int>(type: "integer", nullable: false),
                    step = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    fired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fired_reminders", x => new { x.alliance_id, x.report_year, x.step });
                });

            migrationBuilder.CreateTable(
                name: "raised_missing_years",
                columns: table => new
                {
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_year = table.Column<int>(type: "integer", nullable: false),
                    second_year = table.Column<int>(type: "integer", nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_raised_missing_years", x => new { x.alliance_id, x.first_year, x.second_year });
                });

            migrationBuilder.CreateTable(
                name: "yellow_cards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_year = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    rectify_by = table.Column<DateOnly>(type: "date", nullable: false),
                    lifted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lifted_by_report_year = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_yellow_cards", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_yellow_cards_alliance_id_report_year",
                table: "yellow_cards",
                columns: new[] { "alliance_id", "report_year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fired_reminders");

            migrationBuilder.DropTable(
                name: "raised_missing_years");

            migrationBuilder.DropTable(
                name: "yellow_cards");
        }
    }
}
