using System.Text.Json;

namespace SalesBot.Teams.Schema;

/// <summary>The body of POST /v3/conversations: start a conversation with the given members.</summary>
public sealed class ConversationParameters
{
    public bool IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public IList<ChannelAccount> Members { get; set; } = [];

    public string? TenantId { get; set; }

    public JsonElement? ChannelData { get; set; }
}
