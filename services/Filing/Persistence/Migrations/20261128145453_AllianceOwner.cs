using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlliancePlatform.Filing.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AllianceOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "registered_by_organization",
                table: "alliance_projections",
                type: "character varying(18)",
                maxLength: 18,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "registered_by_organization",
                table: "alliance_projections");
        }
    }
}
