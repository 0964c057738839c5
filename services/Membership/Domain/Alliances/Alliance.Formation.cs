using static AlliancePlatform.Membership.Domain.RuleChecks;

namespace AlliancePlatform.Membership.Domain;

/// <summary>The formation procedure (Art 7), recorded step by step with dates.</summary>
public sealed partial class Alliance
{
    private static readonly FormationStep[] FormationOrder =
    [
        FormationStep.Initiated,
        FormationStep.PreparatoryCommittee,
        FormationStep.FoundingMeeting,
        FormationStep.ExpertCommitteeFormed,
        FormationStep.SecretariatFormed,
    ];

    private readonly List<FormationStepRecord> _formationSteps = [];

    public IReadOnlyList<FormationStepRecord> FormationSteps => _formationSteps;

    /// <summary>The step to record next, or null once the alliance is fully formed.</summary>
    public FormationStep? NextFormationStep() =>
        _formationSteps.Count < FormationOrder.Length ? FormationOrder[_formationSteps.Count] : null;

    public FormationStepRecord RecordFormationStep(FormationStep step, DateOnly takenOn, DateTimeOffset now)
    {
        Require(Enum.IsDefined(step), FormationRules.UnknownStep);
        Require(_formationSteps.All(s => s.Step != step), FormationRules.StepAlreadyRecorded);
        Require(NextFormationStep() == step, FormationRules.StepOutOfOrder);
        Require(takenOn <= ChinaTime.DateOf(now), FormationRules.DateInFuture);
        Require(_formationSteps.Count == 0 || takenOn >= _formationSteps[^1].TakenOn, FormationRules.DateBeforePreviousStep);

        var record = FormationStepRecord.Create(step, takenOn, now);
        _formationSteps.Add(record);
        return record;
    }
}
