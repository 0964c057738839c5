using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AlliancePlatform.Evaluation.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Evaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evaluation_campaigns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    meeting_decision_meeting_on = table.Column<DateOnly>(type: "date", nullable: true),
                    meeting_decision_meeting_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    notice_closes_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    notice_first_day = table.Column<DateOnly>(type: "date", nullable: true),
                    notice_id = table.Column<Guid>(type: "uuid", nullable: true),
                    notice_last_day = table.Column<DateOnly>(type: "date", nullable: true),
                    notice_opens_on = table.Column<DateOnly>(type: "date", nullable: true),
                    notice_working_days = table.Column<int>(type: "integer", nullable: true),
                    notice_years_without_schedule = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    thresholds_a = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    thresholds_b = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    thresholds_c = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    windows_expert_review_closes_on = table.Column<DateOnly>(type: "date", nullable: false),
                    windows_expert_review_opens_on = table.Column<DateOnly>(type: "date", nullable: false),
                    windows_self_assessment_closes_on = table.Column<DateOnly>(type: "date", nullable: false),
                    windows_self_assessment_opens_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_campaigns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "expert_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expert_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "filed_alliances",
                columns: table => new
                {
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    industry_field = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    region = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    revoked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    acting_unit_codes = table.Column<string[]>(type: "text[]", nullable: false),
                    chair_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    chair_unit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    secretary_general_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    secretary_general_unit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_filed_alliances", x => x.alliance_id);
                });

            migrationBuilder.CreateTable(
                name: "holiday_schedules",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    holidays = table.Column<DateOnly[]>(type: "date[]", nullable: false),
                    make_up_working_days = table.Column<DateOnly[]>(type: "date[]", nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_holiday_schedules", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "member_units",
                columns: table => new
                {
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    is_member = table.Column<bool>(type: "boolean", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_units", x => new { x.alliance_id, x.credit_code });
                });

            migrationBuilder.CreateTable(
                name: "raised_refusals",
                columns: table => new
                {
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_raised_refusals", x => new { x.campaign_id, x.alliance_id });
                });

            migrationBuilder.CreateTable(
                name: "self_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    checked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    checked_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    return_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_self_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "campaign_alliances",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    industry_field = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    region = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    self_assessment_refused_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    experts_counted = table.Column<int>(type: "integer", nullable: false),
                    composite = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    organisation_building_score = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    activities_score = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    innovation_impact_score = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    proposed_grade = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    grade = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_alliances", x => x.id);
                    table.ForeignKey(
                        name: "fk_campaign_alliances_evaluation_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "evaluation_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "campaign_indicators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    dimension = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    weight = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    max_score = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    scoring_guide = table.Column<string>(type: "text", nullable: false),
                    source_field = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_indicators", x => x.id);
                    table.ForeignKey(
                        name: "fk_campaign_indicators_evaluation_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "evaluation_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "campaign_transitions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    to = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    actor_subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    actor_role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_transitions", x => x.id);
                    table.ForeignKey(
                        name: "fk_campaign_transitions_evaluation_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "evaluation_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grade_adjustments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    alliance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    to = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    adjusted_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    adjusted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grade_adjustments", x => x.id);
                    table.ForeignKey(
                        name: "fk_grade_adjustments_evaluation_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "evaluation_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_experts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    expert_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    unit_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assigned_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    removed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    expert_review_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_review_experts", x => x.id);
                    table.ForeignKey(
                        name: "fk_review_experts_expert_reviews_expert_review_id",
                        column: x => x.expert_review_id,
                        principalTable: "expert_reviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "self_assessment_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    indicator_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reported_value = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: true),
                    score = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    evidence = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    scored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    self_assessment_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_self_assessment_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_self_assessment_items_self_assessments_self_assessment_id",
                        column: x => x.self_assessment_id,
                        principalTable: "self_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "expert_scores",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    indicator_id = table.Column<Guid>(type: "uuid", nullable: false),
                    score = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    review_expert_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expert_scores", x => x.id);
                    table.ForeignKey(
                        name: "fk_expert_scores_review_expert_review_expert_id",
                        column: x => x.review_expert_id,
                        principalTable: "review_experts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_campaign_alliances_alliance_id",
                table: "campaign_alliances",
                column: "alliance_id");

            migrationBuilder.CreateIndex(
                name: "ix_campaign_alliances_campaign_id_alliance_id",
                table: "campaign_alliances",
                columns: new[] { "campaign_id", "alliance_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_campaign_indicators_campaign_id_order",
                table: "campaign_indicators",
                columns: new[] { "campaign_id", "order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_campaign_transitions_campaign_id",
                table: "campaign_transitions",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_campaigns_year",
                table: "evaluation_campaigns",
                column: "year");

            migrationBuilder.CreateIndex(
                name: "ix_expert_reviews_campaign_id_alliance_id",
                table: "expert_reviews",
                columns: new[] { "campaign_id", "alliance_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_expert_scores_review_expert_id_indicator_id",
                table: "expert_scores",
                columns: new[] { "review_expert_id", "indicator_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_filed_alliances_acting_unit_codes",
                table: "filed_alliances",
                column: "acting_unit_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_grade_adjustments_campaign_id",
                table: "grade_adjustments",
                column: "campaign_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_experts_expert_review_id",
                table: "review_experts",
                column: "expert_review_id");

            migrationBuilder.CreateIndex(
                name: "ix_review_experts_subject",
                table: "review_experts",
                column: "subject");

            migrationBuilder.CreateIndex(
                name: "ix_self_assessment_items_self_assessment_id_indicator_id",
                table: "self_assessment_items",
                columns: new[] { "self_assessment_id", "indicator_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_self_assessments_campaign_id_alliance_id",
                table: "self_assessments",
                columns: new[] { "campaign_id", "alliance_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "campaign_alliances");

            migrationBuilder.DropTable(
                name: "campaign_indicators");

            migrationBuilder.DropTable(
                name: "campaign_transitions");

            migrationBuilder.DropTable(
                name: "expert_scores");

            migrationBuilder.DropTable(
                name: "filed_alliances");

            migrationBuilder.DropTable(
                name: "grade_adjustments");

            migrationBuilder.DropTable(
                name: "holiday_schedules");

            migrationBuilder.DropTable(
                name: "member_units");

            migrationBuilder.DropTable(
                name: "raised_refusals");

            migrationBuilder.DropTable(
                name: "self_assessment_items");

            migrationBuilder.DropTable(
                name: "review_experts");

            migrationBuilder.DropTable(
                name: "evaluation_campaigns");

            migrationBuilder.DropTable(
                name: "self_assessments");

            migrationBuilder.DropTable(
                name: "expert_reviews");
        }
    }
}
