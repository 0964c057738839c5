using System.Net.Http.Json;
using AlliancePlatform.Contracts.Membership;

namespace AlliancePlatform.EndToEnd.Tests.Support;

/// <summary>What the Support tests share: the second applicant's unit, memberships as Membership announces them, and writes with a key.</summary>
internal static class SupportMembers
{
    /// <summary>The unit of <see cref="PlatformFixture.OtherApplicant"/>.</summary>
    public const string QiqiharOrganization = "91230200MA1F6G7H8U";

    public static MemberUnitJoined Joined(Guid allianceId, string allianceName, string creditCode, string unitType, DateTimeOffset at) => new(
        allianceId, allianceName, new MemberUnitInfo(Guid.NewGuid(), $"单位 {creditCode}", creditCode, unitType, "230100"),
        DateOnly.FromDateTime(at.UtcDateTime), DateOnly.FromDateTime(at.UtcDateTime), 1, at);

    /// <summary>A POST with an <c>Idempotency-Key</c>: a fresh one, or <paramref name="idempotencyKey"/> to retry.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body, string? idempotencyKey = null) =>
        SendAsync(client, HttpMethod.Post, path, body, idempotencyKey);

    /// <summary>A write with an <c>Idempotency-Key</c>: a fresh one, or <paramref name="idempotencyKey"/> to retry.</summary>
    public static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", idempotencyKey ?? Guid.NewGuid().ToString());
        return client.SendAsync(request);
    }
}
