using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using MiniExcelLibs;
using static AlliancePlatform.EndToEnd.Tests.Reporting.ReportingHttp;

namespace AlliancePlatform.EndToEnd.Tests.Reporting;

/// <summary>Achievement collection (成果汇交, Art 4-3) through the gateway: evidence, registration, list, export.</summary>
[Collection(PlatformCollection.Name)]
public class AchievementTests(PlatformFixture platform)
{
    [Fact]
    public async Task Art4_3_AnAllianceRegistersAnAchievementWithEvidence_TheSecretariatExportsItAsCsvAndXlsx()
    {
        var filed = await platform.SharedFiledAllianceAsync();
        await KnownAsync(platform, filed.Alliance.Id);
        var at = $"/api/reporting/alliances/{filed.Alliance.Id}";

        // Evidence: the type is read from the bytes, the SHA-256 kept.
        var certificate = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n% 技术许可合同\n");
        using (var html = await UploadAsync(platform.Applicant, $"{at}/evidence", "合同.pdf", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")))
        {
            var refused = await ReadJsonAsync(html, HttpStatusCode.UnprocessableEntity);
            Assert.Equal("attachment.type_not_allowed", refused.GetProperty("code").GetString());
        }
        using var uploaded = await UploadAsync(platform.Applicant, $"{at}/evidence", "技术许可合同", certificate);
        var evidence = await ReadJsonAsync(uploaded, HttpStatusCode.Created);
        Assert.Equal("技术许可合同.pdf", evidence.GetProperty("fileName").GetString());
        Assert.Equal("application/pdf", evidence.GetProperty("contentType").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(certificate)), evidence.GetProperty("sha256").GetString());
        var evidenceId = evidence.GetProperty("id").GetGuid();

        // Registered with its evidence; evidence the alliance never uploaded is refused.
        var date = DateOnly.FromDateTime(platform.ServiceNow.UtcDateTime.AddHours(8)).AddDays(-1);
        var title = $"=SUM(1,2) 碳纤维技术许可合同 {Guid.NewGuid():N}";
        var unknown = await SendOkAsync(platform.Applicant, HttpMethod.Post, $"{at}/achievements",
            new { type = "transfer_contract", title, date, value = 350_000.5m, evidenceIds = new[] { Guid.NewGuid() } }, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("achievement.evidence_invalid", unknown.GetProperty("code").GetString());
        var achievement = await SendOkAsync(platform.Applicant, HttpMethod.Post, $"{at}/achievements",
            new { type = "transfer_contract", title, date, value = 350_000.5m, evidenceIds = new[] { evidenceId } }, HttpStatusCode.Created);
        Assert.Equal("transfer_contract", achievement.GetProperty("type").GetString());
        Assert.Equal(evidenceId, Assert.Single(achievement.GetProperty("evidence").EnumerateArray()).GetProperty("id").GetGuid());

        // Listed, filtered by type and year; another organisation's applicant finds nothing; the secretariat reads it.
        var listed = await SendOkAsync(platform.Secretariat, HttpMethod.Get, $"{at}/achievements?type=transfer_contract&year={date.Year}&pageSize=100", null);
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), a => a.GetProperty("title").GetString() == title);
        var patents = await SendOkAsync(platform.Applicant, HttpMethod.Get, $"{at}/achievements?type=patent", null);
        Assert.DoesNotContain(patents.GetProperty("items").EnumerateArray(), a => a.GetProperty("title").GetString() == title);
        using (var foreign = await platform.OtherApplicant.GetAsync($"{at}/achievements"))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        // The evidence downloads as uploaded, and cannot be removed while it proves an achievement.
        Assert.Equal(certificate, await platform.Secretariat.GetByteArrayAsync($"{at}/evidence/{evidenceId}"));
        var inUse = await SendOkAsync(platform.Applicant, HttpMethod.Delete, $"{at}/evidence/{evidenceId}", null, HttpStatusCode.Conflict);
        Assert.Equal("achievement.evidence_in_use", inUse.GetProperty("code").GetString());

        // CSV: UTF-8 with BOM, Chinese headers, the alliance's name, formulas neutralised.
        using (var refusedExport = await platform.Applicant.GetAsync($"/api/reporting/achievements/export?format=csv"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refusedExport.StatusCode);
        }
        using var csvResponse = await platform.Secretariat.GetAsync($"/api/reporting/achievements/export?format=csv&year={date.Year}&type=transfer_contract");
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        var csv = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n");
        Assert.Equal("联盟名称,产业领域,成果类型,成果名称,成果日期,金额（元）,证明材料（份）,登记时间", lines[0]);
        var line = Assert.Single(lines, l => l.Contains(title, StringComparison.Ordinal));
        Assert.StartsWith($"{filed.Alliance.Name},new_materials,成果转移转化合同,\"'{title}\",{date:yyyy-MM-dd},350000.50,1,", line);

        // Excel: read back with MiniExcel.
        using var xlsxResponse = await platform.Secretariat.GetAsync($"/api/reporting/achievements/export?format=xlsx&year={date.Year}");
        Assert.Equal(HttpStatusCode.OK, xlsxResponse.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsxResponse.Content.Headers.ContentType?.MediaType);
        using var xlsx = new MemoryStream(await xlsxResponse.Content.ReadAsByteArrayAsync());
        var rows = xlsx.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var row = Assert.Single(rows, r => Equals(r["成果名称"], title));
        Assert.Equal(filed.Alliance.Name, row["联盟名称"]);
        Assert.Equal("成果转移转化合同", row["成果类型"]);
        Assert.Equal(350_000.5m, Convert.ToDecimal(row["金额（元）"], CultureInfo.InvariantCulture));

        using var badFormat = await platform.Secretariat.GetAsync("/api/reporting/achievements/export?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
    }
}
