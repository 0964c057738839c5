namespace AlliancePlatform.Evaluation.Domain;

/// <summary>An expert the admin division proposes for an alliance's review, from the expert register.</summary>
/// <param name="Subject">The expert's account: the subject their token carries.</param>
/// <param name="UnitCreditCode">The unified social credit code of the expert's unit, checked against the alliance's members.</param>
public sealed record ExpertCandidate(Guid ExpertId, string Subject, string Name, string UnitCreditCode);
