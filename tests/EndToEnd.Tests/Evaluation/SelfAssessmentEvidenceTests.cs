using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AlliancePlatform.EndToEnd.Tests.Filing;
using static AlliancePlatform.EndToEnd.Tests.Reporting.ReportingHttp;

namespace AlliancePlatform.EndToEnd.Tests.Evaluation;

/// <summary>Art 21: the alliance uploads its evidence, scores with it, and the secretariat sees what was uploaded.</summary>
[Collection(PlatformCollection.Name)]
public class SelfAssessmentEvidenceTests(PlatformFixture platform)
{
    [Fact]
    public async Task Art21_TheAllianceScoresWithUploadedEvidence_ForeignIdsAndExecutablesAreRefused_AndOnlyItsOwnSeeTheFiles()
    {
        var alliance = (await FiledAlliances.FileAsync(platform)).Alliance.Id;
        await EvaluationHttp.KnownAsync(platform, alliance);
        var (at, indicators) = await EvaluationHttp.SelfAssessingCampaignAsync(platform, 3, alliance);
        var own = $"{at}/alliances/{alliance}/self-assessment";

        // The type is read from the bytes: an executable named .pdf is refused.
        using (var exe = await UploadAsync(platform.Applicant, $"{own}/evidence", "会议纪要.pdf", [.. "MZ"u8, 0x90, 0x00, 0x03, .. new byte[60]]))
        {
            Assert.Equal("attachment.type_not_allowed", (await ReadJsonAsync(exe, HttpStatusCode.UnprocessableEntity)).GetProperty("code").GetString());
        }

        // A PDF is kept with its SHA-256; another organisation's applicant cannot upload to this alliance.
        var minutes = Encoding.UTF8.GetBytes("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n% 理事会会议纪要\n");
        var uploaded = await EvaluationHttp.UploadEvidenceOkAsync(platform.Applicant, own, "理事会会议纪要", minutes);
        Assert.Equal("理事会会议纪要.pdf", uploaded.GetProperty("fileName").GetString());
        Assert.Equal("application/pdf", uploaded.GetProperty("contentType").GetString());
        Assert.Equal(minutes.Length, uploaded.GetProperty("sizeBytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(minutes)), uploaded.GetProperty("sha256").GetString());
        var file = uploaded.GetProperty("id").GetGuid();
        using (var foreign = await UploadAsync(platform.OtherApplicant, $"{own}/evidence", "x.pdf", minutes))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        // Scoring names uploaded files only.
        var refused = await SendOkAsync(platform.Applicant, HttpMethod.Put, $"{own}/items/{indicators[0]}",
            new { score = 8m, evidence = new[] { file, Guid.NewGuid() } }, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("evaluation.evidence_not_found", refused.GetProperty("code").GetString());
        Assert.Equal("Art 21", refused.GetProperty("article").GetString());
        var scored = await SendOkAsync(platform.Applicant, HttpMethod.Put, $"{own}/items/{indicators[0]}", new { score = 8m, evidence = new[] { file } });
        Assert.Equal(file, Assert.Single(Item(scored, indicators[0]).GetProperty("evidence").EnumerateArray()).GetGuid());

        // A file no item names can be removed; one an item names cannot.
        var spare = (await EvaluationHttp.UploadEvidenceOkAsync(platform.Applicant, own, "草稿.pdf", FilingClient.Pdf)).GetProperty("id").GetGuid();
        var afterRemoval = await SendOkAsync(platform.Applicant, HttpMethod.Delete, $"{own}/evidence/{spare}", null);
        Assert.Equal(file, Assert.Single(afterRemoval.GetProperty("files").EnumerateArray()).GetProperty("id").GetGuid());
        var inUse = await SendOkAsync(platform.Applicant, HttpMethod.Delete, $"{own}/evidence/{file}", null, HttpStatusCode.Conflict);
        Assert.Equal("evaluation.evidence_in_use", inUse.GetProperty("code").GetString());

        // The secretariat sees the files to check completeness, and downloads the same bytes as the alliance.
        var checkedBySecretariat = await SendOkAsync(platform.Secretariat, HttpMethod.Get, own, null);
        var listed = Assert.Single(checkedBySecretariat.GetProperty("files").EnumerateArray());
        Assert.Equal(uploaded.GetProperty("sha256").GetString(), listed.GetProperty("sha256").GetString());
        Assert.NotEqual(default, listed.GetProperty("uploadedAt").GetDateTimeOffset());
        Assert.Equal(minutes, await platform.Applicant.GetByteArrayAsync($"{own}/evidence/{file}"));
        Assert.Equal(minutes, await platform.Secretariat.GetByteArrayAsync($"{own}/evidence/{file}"));

        // Another organisation's applicant finds neither the file nor the self-assessment.
        foreach (var path in new[] { $"{own}/evidence/{file}", own })
        {
            using var foreign = await platform.OtherApplicant.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        // Once submitted, the evidence is fixed.
        foreach (var indicator in indicators.Skip(1))
        {
            await SendOkAsync(platform.Applicant, HttpMethod.Put, $"{own}/items/{indicator}", new { score = 6m, evidence = Array.Empty<Guid>() });
        }
        await SendOkAsync(platform.Applicant, HttpMethod.Post, $"{own}/submission", null);
        using (var late = await UploadAsync(platform.Applicant, $"{own}/evidence", "补充.pdf", FilingClient.Pdf))
        {
            Assert.Equal("evaluation.self_assessment_not_editable", (await ReadJsonAsync(late, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        }
    }

    private static JsonElement Item(JsonElement assessment, Guid indicator) =>
        assessment.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("indicatorId").GetGuid() == indicator);
}
