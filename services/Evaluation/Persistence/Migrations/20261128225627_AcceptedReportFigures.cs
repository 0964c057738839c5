using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlliancePlatform.Evaluation.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AcceptedReportFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accepted_report_figures",
                columns: table => new
                {
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_year = table.Column<int>(type: "integer", nullable: false),
                    field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accepted_report_figures", x => new { x.alliance_id, x.report_year, x.field });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accepted_report_figures");
        }
    }
}
