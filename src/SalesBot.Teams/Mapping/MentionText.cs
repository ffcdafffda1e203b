using System.Text.Json;
using System.Text.RegularExpressions;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Mapping;

/// <summary>Mentions of the bot: whether a message names it, and its text with the mention taken out.</summary>
internal static partial class MentionText
{
    public static bool MentionsBot(Activity activity) =>
        activity.Entities?.Any(e => IsMention(e) && MentionedId(e) == activity.Recipient?.Id) == true;

    /// <summary>The text without "&lt;at&gt;SalesBot&lt;/at&gt;" for the bot's own mentions.</summary>
    public static string StripBotMention(Activity activity)
    {
        var text = activity.Text ?? "";
        foreach (var entity in activity.Entities ?? [])
        {
            if (IsMention(entity) && MentionedId(entity) == activity.Recipient?.Id
                && entity.TryGetProperty("text", out var mention) && mention.GetString() is { Length: > 0 } mentionText)
            {
                text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        return Spaces().Replace(text, " ").Trim();
    }

    private static bool IsMention(JsonElement entity) =>
        entity.ValueKind == JsonValueKind.Object && entity.TryGetProperty("type", out var type) && type.GetString() == "mention";

    private static string? MentionedId(JsonElement entity) =>
        entity.TryGetProperty("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
            && mentioned.TryGetProperty("id", out var id) ? id.GetString() : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
