using System.ComponentModel.DataAnnotations;

namespace SalesBot.Teams;

/// <summary>Section "BotAuth": where keys and tokens come from, and where bearer tokens may be sent. Tests point these at loopback.</summary>
public sealed class BotAuthOptions
{
    public const string Section = "BotAuth";

    /// <summary>OpenID metadata of the Bot Connector service's own tokens.</summary>
    [Required]
    public string BotFrameworkMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata of Entra-issued channel tokens; {tenant} is the app's tenant (botframework.com for multi-tenant apps).</summary>
    [Required]
    public string EntraMetadataUrl { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>The Entra login host outbound tokens are requested from.</summary>
    [Required]
    public string LoginInstance { get; set; } = "https://login.microsoftonline.com/";

    [Required]
    public string BotFrameworkScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Hosts (exact, or "*.suffix") that receive the bot's bearer token. Loopback is allowed only in local mode.</summary>
    public List<string> AllowedServiceUrlHosts { get; set; } =
    [
        "smba.trafficmanager.net",
        "*.botframework.com",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
    ];

    /// <summary>Tolerated clock difference when checking token lifetimes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}
