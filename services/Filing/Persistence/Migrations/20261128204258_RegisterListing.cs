using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlliancePlatform.Filing.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RegisterListing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(RegisterSearchSql.CreateFunctions);

            migrationBuilder.DropIndex(
                name: "ix_alliance_projections_name",
                table: "alliance_projections");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AlterColumn<string>(
                name: "filing_number",
                table: "filed_alliances",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(30)",
                oldMaxLength: 30);

            migrationBuilder.AddColumn<string>(
                name: "chair_unit",
                table: "filed_alliances",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "industry_field",
                table: "filed_alliances",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "name",
                table: "filed_alliances",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "region",
                table: "filed_alliances",
                type: "character varying(6)",
                maxLength: 6,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.AddColumn<string[]>(
                name: "name_grams",
                table: "filed_alliances",
                type: "text[]",
                nullable: true,
                computedColumnSql: "register_name_grams(name)",
                stored: true);

            migrationBuilder.Sql(RegisterSearchSql.FillListings);

            migrationBuilder.CreateIndex(
                name: "ix_filed_alliances_listed_by_field_in_register_order",
                table: "filed_alliances",
                columns: new[] { "industry_field", "filed_on", "filing_number" },
                descending: new[] { false, true, false },
                filter: "status <> 'Revoked'")
                .Annotation("Npgsql:IndexInclude", new[] { "id" });

            migrationBuilder.CreateIndex(
                name: "ix_filed_alliances_listed_in_register_order",
                table: "filed_alliances",
                columns: new[] { "filed_on", "filing_number" },
                descending: new[] { true, false },
                filter: "status <> 'Revoked'")
                .Annotation("Npgsql:IndexInclude", new[] { "id" });

            migrationBuilder.CreateIndex(
                name: "ix_filed_alliances_name_grams",
                table: "filed_alliances",
                column: "name_grams")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_filed_alliances_region",
                table: "filed_alliances",
                column: "region");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_filed_alliances_listed_by_field_in_register_order",
                table: "filed_alliances");

            migrationBuilder.DropIndex(
                name: "ix_filed_alliances_listed_in_register_order",
                table: "filed_alliances");

            migrationBuilder.DropIndex(
                name: "ix_filed_alliances_name_grams",
                table: "filed_alliances");

            migrationBuilder.DropIndex(
                name: "ix_filed_alliances_region",
                table: "filed_alliances");

            migrationBuilder.DropColumn(
                name: "name_grams",
                table: "filed_alliances");

            migrationBuilder.DropColumn(
                name: "chair_unit",
                table: "filed_alliances");

            migrationBuilder.DropColumn(
                name: "industry_field",
                table: "filed_alliances");

            migrationBuilder.DropColumn(
                name: "name",
                table: "filed_alliances");

            migrationBuilder.DropColumn(
                name: "region",
                table: "filed_alliances");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AlterColumn<string>(
                name: "filing_number",
                table: "filed_alliances",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(30)",
                oldMaxLength: 30,
                oldCollation: "C");

            migrationBuilder.CreateIndex(
                name: "ix_alliance_projections_name",
                table: "alliance_projections",
                column: "name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.Sql(RegisterSearchSql.DropFunctions);
        }
    }
}
