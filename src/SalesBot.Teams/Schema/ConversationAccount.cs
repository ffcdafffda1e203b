namespace SalesBot.Teams.Schema;

/// <summary>The conversation an activity belongs to.</summary>
/// <param name="ConversationType">"personal", "groupChat" or "channel" in Teams.</param>
public sealed record ConversationAccount(
    string? Id = null, string? Name = null, bool? IsGroup = null, string? ConversationType = null, string? TenantId = null);
