using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Membership.Domain;

/// <summary>The rules the formation steps are recorded by (Art 7): each once, in order, on plausible dates.</summary>
public static class FormationRules
{
    public static readonly RuleViolation UnknownStep = new(
        "formation.unknown_step", "Art 7", "组建步骤不在第七条所列范围内。", "The formation step is not one of those in Art 7.");

    public static readonly RuleViolation StepAlreadyRecorded = new(
        "formation.step_already_recorded", "Art 7", "该组建步骤已经记录。", "This formation step has already been recorded.", RuleKind.Conflict);

    public static readonly RuleViolation StepOutOfOrder = new(
        "formation.step_out_of_order", "Art 7", "组建步骤须按发起、筹备委员会、成立大会、专家委员会、秘书处的顺序记录。",
        "Formation steps are recorded in order: initiation, preparatory committee, founding meeting, expert committee, secretariat.",
        RuleKind.Conflict);

    public static readonly RuleViolation DateInFuture = new(
        "formation.date_in_future", "Art 7", "组建步骤的日期不能晚于今天。", "A formation step cannot be dated after today.");

    public static readonly RuleViolation DateBeforePreviousStep = new(
        "formation.date_before_previous_step", "Art 7", "组建步骤的日期不能早于上一步骤。",
        "A formation step cannot be dated before the step before it.");
}
