namespace AlliancePlatform.Evaluation.Domain;

/// <summary>The three things evaluated (Art 20).</summary>
public enum Dimension
{
    /// <summary>组织建设.</summary>
    OrganisationBuilding,
    /// <summary>活动开展.</summary>
    Activities,
    /// <summary>带动产业创新发展成效.</summary>
    InnovationImpact,
}

public static class DimensionNames
{
    public static string NameZh(this Dimension dimension) => dimension switch
    {
        Dimension.OrganisationBuilding => "组织建设",
        Dimension.Activities => "活动开展",
        Dimension.InnovationImpact => "带动产业创新发展成效",
        _ => dimension.ToString(),
    };
}
