using System.ComponentModel.DataAnnotations;

namespace SalesBot.Teams;

/// <summary>Section "BotEndpoint": limits of POST /api/messages.</summary>
public sealed class BotEndpointOptions
{
    public const string Section = "BotEndpoint";

    /// <summary>Larger request bodies are refused with 413.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;
}
