using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlliancePlatform.Support.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MemberUnitNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "name",
                table: "member_units",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "unit_type",
                table: "member_units",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "name",
                table: "member_units");

            migrationBuilder.DropColumn(
                name: "unit_type",
                table: "member_units");
        }
    }
}
