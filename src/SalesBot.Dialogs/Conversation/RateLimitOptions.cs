using System.ComponentModel.DataAnnotations;

namespace SalesBot.Dialogs.Conversation;

/// <summary>Per-user limit on turns, commands and button presses (section "RateLimit").</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    /// <summary>Sustained turns per minute per user (tenant + user, across channels); 0 turns the limit off.</summary>
    [Range(0, 10_000)]
    public int TurnsPerMinute { get; set; } = 30;

    /// <summary>How many turns a user may send in a quick burst before the per-minute rate applies.</summary>
    [Range(1, 10_000)]
    public int Burst { get; set; } = 20;
}
