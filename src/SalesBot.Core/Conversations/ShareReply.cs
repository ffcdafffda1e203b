namespace SalesBot.Core.Conversations;

/// <summary>
/// A redacted deal summary the user explicitly chose to share with their team: the channel posts it into the shared
/// conversation <paramref name="ConversationId"/> where the user asked for it (never budget, gut feeling, personality
/// or red flags), while every other reply of the turn stays private.
/// </summary>
public sealed record ShareReply(string ConversationId, string Prospect, string Text) : Reply
{
    /// <summary>What the channel tells the user once the summary is posted, in the current UI culture.</summary>
    public string Confirmation => Localization.CoreText.Format("Share.Done", new UserText(Prospect).ToString());
}
