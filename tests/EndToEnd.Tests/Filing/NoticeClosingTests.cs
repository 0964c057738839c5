using System.Text.RegularExpressions;
using AlliancePlatform.Contracts.Filing;
using AlliancePlatform.Filing.Domain;
using AlliancePlatform.Filing.Persistence;
using AlliancePlatform.ServiceDefaults.Auth;
using AlliancePlatform.WorkingDays;
using Microsoft.EntityFrameworkCore;

namespace AlliancePlatform.EndToEnd.Tests.Filing;

/// <summary>The filing timer on two replicas of Filing (quality.md: timers fire exactly once with two replicas).</summary>
[Collection(PlatformCollection.Name)]
public partial class NoticeClosingTests(PlatformFixture platform)
{
    private const int Notices = 50;

    [Fact]
    public async Task Art11_8_FiftyNoticesClosingAtOnceOnTwoReplicas_YieldFiftyFilingsWithConsecutiveDocumentNumbers()
    {
        await using var observer = await EventObserver.StartAsync(await platform.ConnectionStringAsync("rabbitmq"), AllianceFiled.EventName);
        var applications = await SeedNoticesAsync();
        var closesAt = applications.Max(a => a.Notice!.ClosesAt);

        await platform.AdvanceClockPastAsync(closesAt);

        var ids = applications.Select(a => a.Id).ToArray();
        var filed = await Eventually.ReturnsAsync(
            () => platform.Platform.ListAsync("filingdb",
                "SELECT document_number, filing_number FROM filing_applications WHERE id = ANY(@ids) AND status = 'Filed'",
                row => (Document: row.GetString(0), Filing: row.GetString(1)), ("ids", ids)),
            rows => rows.Count == Notices, TimeSpan.FromSeconds(60), $"filing all {Notices} alliances");
        var sequences = filed.Select(f => int.Parse(Sequence().Match(f.Document).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Order().ToList();
        Assert.Equal(Notices, sequences.Distinct().Count());
        Assert.Equal(Notices - 1, sequences[^1] - sequences[0]);
        Assert.Equal(Notices, filed.Select(f => f.Filing).Distinct().Count());
        Assert.Equal(Notices, await platform.ScalarAsync<long>("filingdb",
            "SELECT count(*) FROM filed_alliances WHERE application_id = ANY(@ids)", ("ids", ids)));

        var alliances = applications.Select(a => a.AllianceId).ToHashSet();
        await Eventually.ReturnsAsync(() => Task.FromResult(observer.All(AllianceFiled.EventName).Count(e => alliances.Contains(e.GetProperty("allianceId").GetGuid()))),
            count => count >= Notices, TimeSpan.FromSeconds(30), $"{Notices} AllianceFiled events");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(Notices, observer.All(AllianceFiled.EventName).Count(e => alliances.Contains(e.GetProperty("allianceId").GetGuid())));
    }

    /// <summary>Applications already approved and on notice, made with the service's own aggregate and stored as the service stores them.</summary>
    private async Task<List<FilingApplication>> SeedNoticesAsync()
    {
        var calendar = new WorkingDayCalendar([ChinaHolidaySchedules.Year2026]);
        var deadlines = FilingDeadlines.Default;
        var now = platform.ServiceNow;
        var applicant = new Actor("seed-applicant", PlatformRoles.Applicant, PlatformFixture.HarbinApplicantOrganization);
        var admin = new Actor("seed-admin", PlatformRoles.AdminDivision, null);
        var applications = new List<FilingApplication>();
        for (var i = 0; i < Notices; i++)
        {
            var application = FilingApplication.Create(applicant, Guid.NewGuid(), Alliances.UniqueName(), "new_materials", "230100", now);
            foreach (var kind in new[] { AttachmentKind.ApplicationForm, AttachmentKind.Charter })
            {
                application.AddAttachment(new AttachmentInfo(Guid.CreateVersion7(), kind, "材料.pdf", "application/pdf", 45, new string('a', 64), now, "seed-applicant"));
            }
            application.Submit(applicant, new EligibilitySnapshot(true, [], now), now, calendar, deadlines);
            application.Recommend(new Actor("seed-recommender", PlatformRoles.Recommender, null), null, now, calendar, deadlines);
            application.PassFormalReview(new Actor("seed-secretariat", PlatformRoles.Secretariat, null), null, now, calendar, deadlines);
            application.PassBusinessReview(new Actor("seed-business", PlatformRoles.BusinessDivision, null), null, now, calendar, deadlines);
            foreach (var (account, kind) in new[] { ("seed-expert-1", ExpertKind.ScienceTechnologyManagement), ("seed-expert-2", ExpertKind.Industry) })
            {
                application.AssignExpert(admin, new ExpertCandidate(Guid.NewGuid(), account, "专家", kind, "12230000MB0000003W"), new HashSet<string>(), now);
                application.RecordExpertOpinion(new Actor(account, PlatformRoles.Expert, null), ExpertOpinion.Supports, "同意。", now);
            }
            application.CompleteExpertConsultation(admin, "建议备案。", now, calendar, deadlines);
            application.Decide(admin, new DepartmentMeetingDecision(ChinaTime.DateOf(now), "厅会议纪要", true, "同意备案。"), now, calendar, deadlines);
            application.ClearDomainEvents();
            applications.Add(application);
        }

        var connection = $"{await platform.ConnectionStringAsync("postgres")};Database=filingdb";
        await using var db = new FilingDbContext(new DbContextOptionsBuilder<FilingDbContext>().UseNpgsql(connection).UseSnakeCaseNamingConvention().Options);
        db.Applications.AddRange(applications);
        await db.SaveChangesAsync();
        return applications;
    }

    [GeneratedRegex(@"〔\d{4}〕(\d+)号$")]
    private static partial Regex Sequence();
}
