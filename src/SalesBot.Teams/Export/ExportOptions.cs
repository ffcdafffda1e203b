using System.ComponentModel.DataAnnotations;

namespace SalesBot.Teams.Export;

/// <summary>Section "Export": the download links that Teams and the local chat get for <c>export</c>.</summary>
public sealed class ExportOptions
{
    public const string Section = "Export";

    /// <summary>How long a download link works.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The public address of SalesBot for links (e.g. https://salesbot.example.com). Empty: links only for a caller on this
    /// machine (local chat, Emulator), to the loopback address it reached; never the request's Host header.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>When true a link serves one download; a second GET gets 410. Remembered in the store, so across restarts and instances.</summary>
    public bool SingleUse { get; set; }
}
