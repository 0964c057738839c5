using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Caching.Memory;

namespace AlliancePlatform.Portal.Features.Account;

/// <summary>
/// Sign-in sessions kept in the portal's memory: tokens never reach the browser. A restart of the portal ends every
/// session and people sign in again (Identity's own session usually lets them straight through).
/// </summary>
internal sealed class ServerSessions(IMemoryCache cache, TimeProvider clock) : ITicketStore
{
    private static readonly TimeSpan Fallback = TimeSpan.FromHours(8);

    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = ticket.Principal.FindFirst(PortalClaims.Session)?.Value ?? Guid.NewGuid().ToString("N");
        Put(key, ticket);
        return Task.FromResult(key);
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        Put(key, ticket);
        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) =>
        Task.FromResult(cache.TryGetValue(CacheKey(key), out AuthenticationTicket? ticket) ? ticket : null);

    public Task RemoveAsync(string key)
    {
        cache.Remove(CacheKey(key));
        return Task.CompletedTask;
    }

    private void Put(string key, AuthenticationTicket ticket)
    {
        var expires = ticket.Properties.ExpiresUtc ?? clock.GetUtcNow() + Fallback;
        cache.Set(CacheKey(key), ticket, new MemoryCacheEntryOptions { AbsoluteExpiration = expires });
    }

    private static string CacheKey(string key) => $"{CookieAuthenticationDefaults.AuthenticationScheme}:{key}";
}
