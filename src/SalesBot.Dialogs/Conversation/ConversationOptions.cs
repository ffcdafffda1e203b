using System.ComponentModel.DataAnnotations;

namespace SalesBot.Dialogs.Conversation;

/// <summary>Limits of a conversation turn (section "Conversation").</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversation";

    /// <summary>Longer messages are refused with a notice; nothing is stored.</summary>
    [Range(100, 100_000)]
    public int MaxMessageLength { get; set; } = 2000;

    /// <summary>How often a turn is re-run on fresh state after another turn changed the same conversation.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>
    /// How many conversations' dialog stacks an instance keeps in memory after committing them, so their next turn need
    /// not read and parse them again (0: always read). The commit's version check keeps this safe with several instances.
    /// </summary>
    [Range(0, 1_000_000)]
    public int CachedStacks { get; set; } = 1000;
}
