using System.Text.Json;
using SalesBot.Core.Conversations;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Mapping;

/// <summary>Maps an incoming activity to a channel-neutral <see cref="Turn"/>.</summary>
internal static class TurnMapper
{
    public const string LocalTenant = "local";

    public static Turn ToTurn(Activity activity)
    {
        var conversation = activity.Conversation!;
        var from = activity.From ?? new ChannelAccount();
        return new Turn
        {
            ChannelId = activity.ChannelId!,
            ConversationId = conversation.Id!,
            Owner = new Owner(TenantOf(activity), from.AadObjectId ?? from.Id ?? "unknown"),
            UserName = from.Name,
            Text = TextOf(activity),
            Locale = activity.Locale,
            TimeZone = activity.LocalTimezone,
            IsSharedConversation = conversation.IsGroup == true
                || conversation.ConversationType is "channel" or "groupChat",
        };
    }

    /// <summary>The Teams tenant, or "local" for the Emulator and the local chat.</summary>
    public static string TenantOf(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Conversation?.TenantId))
        {
            return activity.Conversation.TenantId;
        }

        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            return id.GetString()!;
        }

        return LocalTenant;
    }

    /// <summary>Typed text, or what a card submit carries: a pressed button's answer or the card's inputs (see <see cref="CardSubmission"/>).</summary>
    private static string TextOf(Activity activity) =>
        (activity.Value is { } value ? CardSubmission.TextOf(value) : null) ?? activity.Text ?? "";
}
