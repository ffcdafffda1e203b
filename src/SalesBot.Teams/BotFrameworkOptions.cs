using System.ComponentModel.DataAnnotations;

namespace SalesBot.Teams;

/// <summary>
/// The Bot Framework's own setting names, read from the configuration root so Azure Bot settings carry over:
/// MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId. No MicrosoftAppId means local mode.
/// </summary>
public sealed class BotFrameworkOptions
{
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Local mode: only callers on this machine (the local chat, the Emulator, the Agents Playground).</summary>
    public bool IsLocal => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
