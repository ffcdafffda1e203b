namespace SalesBot.Core.Conversations;

/// <summary>A channel-neutral reply; each channel renders it its own way (text, Adaptive Card, Block Kit).</summary>
public abstract record Reply
{
    /// <summary>The language the reply is written in ("en", "ru", "pl"); a channel renders its own words (buttons, labels) in it too. Null: the channel's default.</summary>
    public string? Language { get; init; }
}
