namespace AlliancePlatform.Filing.Domain;

/// <summary>The two kinds of expert the panel mixes (Art 11-5); serialized in snake_case.</summary>
public enum ExpertKind
{
    /// <summary>科技管理专家.</summary>
    ScienceTechnologyManagement,
    /// <summary>相关行业技术专家.</summary>
    Industry,
}

/// <summary>An expert's opinion on the application; serialized in snake_case.</summary>
public enum ExpertOpinion
{
    Supports,
    SupportsWithConditions,
    Opposes,
}

/// <summary>An expert the admin division proposes for the panel, from the expert register.</summary>
/// <param name="Subject">The expert's account subject: only this account may record the opinion.</param>
/// <param name="UnitCreditCode">The credit code of the expert's unit, checked for a conflict of interest.</param>
public sealed record ExpertCandidate(Guid ExpertId, string Subject, string Name, ExpertKind Kind, string UnitCreditCode);
