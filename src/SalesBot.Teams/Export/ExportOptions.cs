using System.ComponentModel.DataAnnotations;

namespace SalesBot.Teams.Export;

/// <summary>Section "Export": the download links that Teams and the local chat get for <c>export</c>.</summary>
public sealed class ExportOptions
{
    public const string Section = "Export";

    /// <summary>How long a download link works.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The public address of SalesBot for links (e.g. https://salesbot.example.com); empty = the address the request came to.</summary>
    public string? PublicBaseUrl { get; set; }
}
