using System.Text.Json;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Proactive;

/// <summary>
/// The Bot Framework ConversationReference SalesBot keeps per Teams user, enough to message them later:
/// the service URL, tenant, the user (with aadObjectId), the bot, and the 1:1 conversation once known.
/// </summary>
internal sealed record TeamsReference(
    string ServiceUrl,
    string ChannelId,
    string? TenantId,
    string? ConversationId,
    string UserId,
    string? AadObjectId,
    string? UserName,
    string? BotId,
    string? BotName)
{
    public static TeamsReference From(Activity activity, string? tenantId)
    {
        var personal = activity.Conversation?.ConversationType is null or "personal" && activity.Conversation?.IsGroup != true;
        return new TeamsReference(
            activity.ServiceUrl!,
            activity.ChannelId!,
            tenantId,
            personal ? activity.Conversation?.Id : null,
            activity.From!.Id!,
            activity.From.AadObjectId,
            activity.From.Name,
            activity.Recipient?.Id,
            activity.Recipient?.Name);
    }

    public string ToJson() => JsonSerializer.Serialize(this, BotJson.Options);

    public static TeamsReference? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<TeamsReference>(json, BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
