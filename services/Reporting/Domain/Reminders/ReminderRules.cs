using AlliancePlatform.ServiceDefaults.Domain;

namespace AlliancePlatform.Reporting.Domain;

/// <summary>The rules of the reminder ladder (Art 13).</summary>
public static class ReminderRules
{
    public static readonly RuleViolation LadderInvalid = new(
        "reminder.ladder_invalid", "Art 13",
        $"提醒时间须为截止日前0至{ReminderLadder.MaxDays}天、截止日后1至{ReminderLadder.MaxDays}天，不重复，每侧最多{ReminderLadder.MaxSteps}次。",
        $"Reminders are 0 to {ReminderLadder.MaxDays} days before the deadline and 1 to {ReminderLadder.MaxDays} days after it, each once, at most {ReminderLadder.MaxSteps} on each side.");
}
