namespace SalesBot.Teams.Schema;

public sealed class ConversationAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool? IsGroup { get; set; }

    /// <summary>"personal", "groupChat" or "channel" in Teams.</summary>
    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }
}
