using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesBot.Teams.Schema;

/// <summary>The Bot Framework Activity: the unit of every exchange with a channel. Unknown fields are kept.</summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>The IANA time zone of the user, e.g. "Europe/Warsaw" (Teams sends it).</summary>
    public string? LocalTimezone { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? Text { get; set; }

    /// <summary>Shown where the attachments cannot be (notifications, activity feed) when there is no text.</summary>
    public string? Summary { get; set; }

    public string? Locale { get; set; }

    public string? InputHint { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public IList<JsonElement>? Entities { get; set; }

    public JsonElement? ChannelData { get; set; }

    public string? ReplyToId { get; set; }

    public string? DeliveryMode { get; set; }

    public string? Name { get; set; }

    public string? Action { get; set; }

    public JsonElement? Value { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
