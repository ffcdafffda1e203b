using SalesBot.Core.Conversations;

namespace SalesBot.Teams.Export;

/// <summary>What a download token grants: one owner's export in one format, until it expires.</summary>
internal sealed record ExportLink(Owner Owner, string Format, DateTimeOffset ExpiresAt);
