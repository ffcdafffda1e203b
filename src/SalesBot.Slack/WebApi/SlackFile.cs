namespace SalesBot.Slack.WebApi;

/// <summary>A file to share in a conversation.</summary>
internal sealed record SlackFile(string FileName, string Title, byte[] Content);
