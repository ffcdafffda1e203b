using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Mapping;

/// <summary>Checks that an activity carries what SalesBot needs before anything is processed.</summary>
internal static class ActivityValidator
{
    /// <summary>Null when valid; otherwise the reason it is not.</summary>
    public static string? Problem(Activity activity)
    {
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

    public static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static bool IsExpectReplies(Activity activity) =>
        string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
}
