namespace AlliancePlatform.Membership.Domain;

/// <summary>An expert invited to the expert committee (专家委员会, Art 7-4).</summary>
public sealed class ExpertCommitteeMember
{
    private ExpertCommitteeMember()
    {
    }

    public Guid Id { get; private init; }
    public string Name { get; private init; } = "";
    public string Affiliation { get; private init; } = "";
    /// <summary>Professional title (职称), e.g. 教授, 研究员, 正高级工程师.</summary>
    public string Title { get; private init; } = "";

    internal static ExpertCommitteeMember Create(string name, string affiliation, string title, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Name = name,
        Affiliation = affiliation,
        Title = title,
    };
}
