namespace SalesBot.Core.Conversations;

/// <summary>A channel-neutral reply; each channel renders it its own way (text, Adaptive Card, Block Kit).</summary>
public abstract record Reply;
