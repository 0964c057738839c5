namespace AlliancePlatform.Portal;

/// <summary>Settings of the portal (configuration section <c>Portal</c>); the AppHost sets both.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Where the portal calls the platform's APIs, server to server: the gateway, by service discovery.</summary>
    public Uri GatewayAddress { get; set; } = new("http://gateway");

    /// <summary>The token issuer, the platform's public address: browsers are sent there to sign in.</summary>
    public Uri Authority { get; set; } = new("http://localhost:5080/");

    /// <summary>Refresh the access token this long before it expires.</summary>
    public TimeSpan RefreshBefore { get; set; } = TimeSpan.FromMinutes(2);
}
