namespace SalesBot.Teams;

/// <summary>
/// The Bot Framework's own setting names, read from the configuration root so Azure Bot settings carry over:
/// MicrosoftAppType (MultiTenant, SingleTenant, UserAssignedMSI), MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId.
/// No MicrosoftAppId means local mode.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Local mode: only callers on this machine (the local chat, the Emulator, the Agents Playground).</summary>
    public bool IsLocal => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public string AppType => string.IsNullOrWhiteSpace(MicrosoftAppType) ? MultiTenant : MicrosoftAppType;

    /// <summary>The tenant outbound tokens come from: the app's own for single-tenant apps, botframework.com otherwise.</summary>
    public string TokenTenant =>
        string.Equals(AppType, SingleTenant, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
            ? MicrosoftAppTenantId
            : "botframework.com";
}
