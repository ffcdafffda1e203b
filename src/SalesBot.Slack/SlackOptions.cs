using System.ComponentModel.DataAnnotations;

namespace SalesBot.Slack;

/// <summary>
/// Section "Slack". Slack is off unless one of <see cref="SigningSecret"/>, <see cref="BotToken"/>, <see cref="AppToken"/>
/// or <see cref="ClientId"/> is set: then the endpoints are not mapped and no Slack service starts.
/// </summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>Signs every HTTP request Slack sends (Basic Information → App Credentials). Without it every HTTP request is refused.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Single-workspace mode: the bot token (xoxb-...) of the one workspace the app is installed in.</summary>
    public string? BotToken { get; set; }

    /// <summary>Socket Mode: an app-level token (xapp-...) with connections:write; events then arrive over a WebSocket.</summary>
    public string? AppToken { get; set; }

    /// <summary>Multi-workspace OAuth v2: the app's client id and secret.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The bot scopes asked for at install; the manifest lists the same.</summary>
    public string Scopes { get; set; } = SlackScopes.Default;

    /// <summary>The OAuth redirect URL registered with the app; empty = this server's /api/slack/oauth_redirect as requested.</summary>
    public string? RedirectUrl { get; set; }

    /// <summary>How long an install link (its state) stays valid.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan InstallStateLifetime { get; set; } = TimeSpan.FromMinutes(10);

    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    [Required]
    public Uri AuthorizeUrl { get; set; } = new("https://slack.com/oauth/v2/authorize");

    /// <summary>Larger requests to /api/slack/* get 413 before anything else is done with them.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 512 * 1024;

    /// <summary>Work items this instance wrote to the inbox and has not seen done; past this many a request is answered "busy".</summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Inbox items this instance works on at once; one user's items always run one after another, in order.</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 4;

    /// <summary>
    /// How long a claim on an inbox item lasts; it is renewed while the work runs. Work of an instance that died is taken
    /// up by another instance (or this one after a restart) once its lease has run out.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan InboxLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the inbox is looked at without a local wake-up (work written by another instance, expired leases).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan InboxPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Claims of one inbox item after which it is given up (it keeps failing or keeps killing its worker).</summary>
    [Range(1, 100)]
    public int InboxMaxAttempts { get; set; } = 5;

    /// <summary>How often a 429 answer is retried after its Retry-After.</summary>
    [Range(0, 10)]
    public int MaxRateLimitRetries { get; set; } = 3;

    /// <summary>
    /// Where ASP.NET Core Data Protection keeps the keys that encrypt stored bot tokens; empty = its default
    /// (~/.aspnet/DataProtection-Keys). Keep it on persistent, private storage: without the keys, installs must be redone.
    /// </summary>
    public string? KeysFolder { get; set; }

    public SlackSocketModeOptions SocketMode { get; set; } = new();

    /// <summary>Whether any Slack setting is present.</summary>
    public bool Enabled =>
        Has(SigningSecret) || Has(BotToken) || Has(AppToken) || Has(ClientId);

    public bool UsesOAuth => Has(ClientId);

    public bool UsesSocketMode => Has(AppToken);

    internal static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
}
