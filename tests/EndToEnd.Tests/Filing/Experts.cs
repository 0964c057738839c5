using System.Net;
using System.Text.Json;

namespace AlliancePlatform.EndToEnd.Tests.Filing;

/// <summary>The expert roster entries the tests use, registered once per run whichever test comes first.</summary>
public static class Experts
{
    public static async Task<Guid> OnRosterAsync(HttpClient admin, string accountName, string kind, string unitCreditCode, string name = "赵敏")
    {
        var filing = new FilingClient(admin);
        using var response = await filing.SendAsync(HttpMethod.Post, "/api/filing/experts", new
        {
            accountName, name, kind, unitCreditCode, unitName = "黑龙江省科学技术情报研究院", specialty = "新材料",
        });
        if (response.StatusCode == HttpStatusCode.Created)
        {
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        }
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        for (var page = 1; ; page++)
        {
            var roster = await filing.GetAsync($"/api/filing/experts?page={page}&pageSize=100");
            foreach (var expert in roster.GetProperty("items").EnumerateArray())
            {
                if (expert.GetProperty("accountName").GetString() == accountName)
                {
                    return expert.GetProperty("id").GetGuid();
                }
            }
            Assert.True(page < roster.GetProperty("pageCount").GetInt32(), $"{accountName} is not on the roster");
        }
    }
}
