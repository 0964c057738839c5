namespace AlliancePlatform.Membership.Domain;

/// <summary>The steps of forming an alliance, in the order Art 7 sets.</summary>
public enum FormationStep
{
    /// <summary>联盟的发起 (Art 7-1).</summary>
    Initiated,
    /// <summary>成立筹备委员会 (Art 7-2).</summary>
    PreparatoryCommittee,
    /// <summary>召开联盟成立大会: council, chair and chair unit elected, charter adopted (Art 7-3).</summary>
    FoundingMeeting,
    /// <summary>成立专家委员会 (Art 7-4).</summary>
    ExpertCommitteeFormed,
    /// <summary>成立联盟秘书处 (Art 7-5).</summary>
    SecretariatFormed,
}
