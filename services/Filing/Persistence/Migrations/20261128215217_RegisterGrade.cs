using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlliancePlatform.Filing.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RegisterGrade : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "latest_grade",
                table: "filed_alliances",
                type: "character varying(1)",
                maxLength: 1,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "latest_grade_published_at",
                table: "filed_alliances",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "latest_grade_year",
                table: "filed_alliances",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "latest_grade",
                table: "filed_alliances");

            migrationBuilder.DropColumn(
                name: "latest_grade_published_at",
                table: "filed_alliances");

            migrationBuilder.DropColumn(
                name: "latest_grade_year",
                table: "filed_alliances");
        }
    }
}
