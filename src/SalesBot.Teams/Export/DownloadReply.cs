using SalesBot.Core.Conversations;

namespace SalesBot.Teams.Export;

/// <summary>A file offered as a short-lived download link instead of inline content (Teams does not show data: URLs).</summary>
internal sealed record DownloadReply(string FileName, string ContentType, Uri Url, TimeSpan Lifetime) : Reply;
