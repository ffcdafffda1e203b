namespace SalesBot.Core.Conversations;

/// <summary>A file for the user to download, such as an export.</summary>
public sealed record FileReply(string FileName, string ContentType, string Content) : Reply;
