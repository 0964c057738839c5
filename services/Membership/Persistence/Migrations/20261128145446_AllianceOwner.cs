using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlliancePlatform.Membership.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AllianceOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "registered_by_organization",
                table: "alliances",
                type: "character varying(18)",
                maxLength: 18,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "ix_alliances_registered_by_organization",
                table: "alliances",
                column: "registered_by_organization");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_alliances_registered_by_organization",
                table: "alliances");

            migrationBuilder.DropColumn(
                name: "registered_by_organization",
                table: "alliances");
        }
    }
}
