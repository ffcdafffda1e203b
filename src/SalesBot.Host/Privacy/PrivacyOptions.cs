using System.ComponentModel.DataAnnotations;

namespace SalesBot.Host.Privacy;

/// <summary>Section "Privacy": how long closed deals are kept.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// Closed deals (won, lost, dropped) whose last change is older than this many days are deleted with their answers,
    /// touches and history. 0 keeps everything. Open deals are never purged.
    /// </summary>
    [Range(0, 36_500)]
    public int RetentionDays { get; set; }

    /// <summary>How often the purge runs (it also runs once at start).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(6);
}
