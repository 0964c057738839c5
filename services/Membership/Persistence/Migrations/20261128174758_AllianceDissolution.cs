using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlliancePlatform.Membership.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AllianceDissolution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "dissolution_reason",
                table: "alliances",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "dissolution_requested_at",
                table: "alliances",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "dissolution_resolved_on",
                table: "alliances",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "dissolution_reason",
                table: "alliances");

            migrationBuilder.DropColumn(
                name: "dissolution_requested_at",
                table: "alliances");

            migrationBuilder.DropColumn(
                name: "dissolution_resolved_on",
                table: "alliances");
        }
    }
}
