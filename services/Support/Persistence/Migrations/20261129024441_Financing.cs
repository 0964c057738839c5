using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlliancePlatform.Support.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Financing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "financing_offers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_credit_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    alliance_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    product = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    minimum_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    maximum_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    terms = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_financing_offers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "financing_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    offer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_credit_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    enterprise_credit_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    alliance_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    sent_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    purpose = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answer_note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_financing_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_financing_requests_financing_offers_offer_id",
                        column: x => x.offer_id,
                        principalTable: "financing_offers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_financing_offers_alliance_ids",
                table: "financing_offers",
                column: "alliance_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_financing_offers_institution_credit_code",
                table: "financing_offers",
                column: "institution_credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_financing_requests_alliance_ids",
                table: "financing_requests",
                column: "alliance_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_financing_requests_enterprise_credit_code_status",
                table: "financing_requests",
                columns: new[] { "enterprise_credit_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_financing_requests_institution_credit_code_status",
                table: "financing_requests",
                columns: new[] { "institution_credit_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_financing_requests_offer_id",
                table: "financing_requests",
                column: "offer_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "financing_requests");

            migrationBuilder.DropTable(
                name: "financing_offers");
        }
    }
}
