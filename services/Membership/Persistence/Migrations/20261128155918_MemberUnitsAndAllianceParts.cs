using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlliancePlatform.Membership.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MemberUnitsAndAllianceParts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "chair_unit_id",
                table: "alliances",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "secretariat_annual_budget",
                table: "alliances",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "secretariat_office_address",
                table: "alliances",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "secretariat_staff_count",
                table: "alliances",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "secretary_general_unit_id",
                table: "alliances",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "alliance_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: false),
                    member_since = table.Column<DateOnly>(type: "date", nullable: true),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true),
                    leave_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_alliance_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_alliance_members_alliances_alliance_id",
                        column: x => x.alliance_id,
                        principalTable: "alliances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "charter_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: true),
                    superseded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    clauses_achievement_sharing = table.Column<string>(type: "text", nullable: true),
                    clauses_breach_liability = table.Column<string>(type: "text", nullable: true),
                    clauses_fund_management = table.Column<string>(type: "text", nullable: true),
                    clauses_innovation_goals = table.Column<string>(type: "text", nullable: true),
                    clauses_intellectual_property = table.Column<string>(type: "text", nullable: true),
                    clauses_organisation_form = table.Column<string>(type: "text", nullable: true),
                    clauses_task_division = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_charter_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_charter_versions_alliances_alliance_id",
                        column: x => x.alliance_id,
                        principalTable: "alliances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "council_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    member_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_council_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_council_members_alliances_alliance_id",
                        column: x => x.alliance_id,
                        principalTable: "alliances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "expert_committee_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    affiliation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expert_committee_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_expert_committee_members_alliances_alliance_id",
                        column: x => x.alliance_id,
                        principalTable: "alliances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "formation_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    step = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    taken_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_formation_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_formation_steps_alliances_alliance_id",
                        column: x => x.alliance_id,
                        principalTable: "alliances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "member_units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    registered_region = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    legal_representative = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_by_organization = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    contact_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    contact_person = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    contact_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_units", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "membership_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    member_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_membership_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_membership_changes_alliances_alliance_id",
                        column: x => x.alliance_id,
                        principalTable: "alliances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "charter_signatures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    signer_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    charter_version_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_charter_signatures", x => x.id);
                    table.ForeignKey(
                        name: "fk_charter_signatures_charter_versions_charter_version_id",
                        column: x => x.charter_version_id,
                        principalTable: "charter_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_alliance_members_alliance_id",
                table: "alliance_members",
                column: "alliance_id");

            migrationBuilder.CreateIndex(
                name: "ix_alliance_members_member_unit_id",
                table: "alliance_members",
                column: "member_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_charter_signatures_charter_version_id",
                table: "charter_signatures",
                column: "charter_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_charter_versions_alliance_id",
                table: "charter_versions",
                column: "alliance_id");

            migrationBuilder.CreateIndex(
                name: "ix_council_members_alliance_id",
                table: "council_members",
                column: "alliance_id");

            migrationBuilder.CreateIndex(
                name: "ix_expert_committee_members_alliance_id",
                table: "expert_committee_members",
                column: "alliance_id");

            migrationBuilder.CreateIndex(
                name: "ix_formation_steps_alliance_id",
                table: "formation_steps",
                column: "alliance_id");

            migrationBuilder.CreateIndex(
                name: "ix_member_units_credit_code",
                table: "member_units",
                column: "credit_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_member_units_name",
                table: "member_units",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_membership_changes_alliance_id",
                table: "membership_changes",
                column: "alliance_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alliance_members");

            migrationBuilder.DropTable(
                name: "charter_signatures");

            migrationBuilder.DropTable(
                name: "council_members");

            migrationBuilder.DropTable(
                name: "expert_committee_members");

            migrationBuilder.DropTable(
                name: "formation_steps");

            migrationBuilder.DropTable(
                name: "member_units");

            migrationBuilder.DropTable(
                name: "membership_changes");

            migrationBuilder.DropTable(
                name: "charter_versions");

            migrationBuilder.DropColumn(
                name: "chair_unit_id",
                table: "alliances");

            migrationBuilder.DropColumn(
                name: "secretariat_annual_budget",
                table: "alliances");

            migrationBuilder.DropColumn(
                name: "secretariat_office_address",
                table: "alliances");

            migrationBuilder.DropColumn(
                name: "secretariat_staff_count",
                table: "alliances");

            migrationBuilder.DropColumn(
                name: "secretary_general_unit_id",
                table: "alliances");
        }
    }
}
