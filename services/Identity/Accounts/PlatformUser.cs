using Microsoft.AspNetCore.Identity;

namespace AlliancePlatform.Identity.Accounts;

/// <summary>A person who signs in: an official, an applicant's clerk, an expert.</summary>
public sealed class PlatformUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>Unified social credit code of the user's unit (the <c>org</c> claim).</summary>
    public string? Organization { get; set; }
    /// <summary>GB/T 2260 code a recommender is responsible for (the <c>region</c> claim).</summary>
    public string? Region { get; set; }
    /// <summary>Art 5-2 industry field a recommender is responsible for (the <c>industry</c> claim).</summary>
    public string? Industry { get; set; }
}
