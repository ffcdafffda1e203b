using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Mapping;

/// <summary>Checks that an activity carries what SalesBot needs before anything is processed.</summary>
internal static class ActivityValidator
{
    /// <summary>The longest id (activity, conversation, user, tenant, channel) accepted; longer ones are refused before anything is stored.</summary>
    public const int MaxIdLength = 512;

    /// <summary>Null when valid; otherwise the reason it is not.</summary>
    public static string? Problem(Activity activity)
    {
        if (TooLongId(activity) is { } field)
        {
            return $"The activity's {field} is longer than {MaxIdLength} characters.";
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no type.";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no channelId.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no conversation.id.";
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id) && activity.Type == ActivityTypes.Message)
        {
            return "The message has no from.id.";
        }

        if (!IsExpectReplies(activity) && !IsHttpUrl(activity.ServiceUrl))
        {
            return "The activity has no valid http(s) serviceUrl (needed unless deliveryMode is expectReplies).";
        }

        return null;
    }

    private static string? TooLongId(Activity activity)
    {
        (string Name, string? Value)[] ids =
        [
            ("id", activity.Id), ("channelId", activity.ChannelId), ("replyToId", activity.ReplyToId),
            ("conversation.id", activity.Conversation?.Id), ("conversation.tenantId", activity.Conversation?.TenantId),
            ("from.id", activity.From?.Id), ("from.aadObjectId", activity.From?.AadObjectId),
            ("recipient.id", activity.Recipient?.Id), ("channelData.tenant.id", TurnMapper.TenantOf(activity)),
        ];
        return ids.FirstOrDefault(id => id.Value?.Length > MaxIdLength).Name;
    }

    public static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static bool IsExpectReplies(Activity activity) =>
        string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
}
