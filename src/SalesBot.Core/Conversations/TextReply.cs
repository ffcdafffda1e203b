namespace SalesBot.Core.Conversations;

/// <summary>Plain text with light markdown: **bold**, `code`, "- " list lines.</summary>
public sealed record TextReply(string Text) : Reply;
