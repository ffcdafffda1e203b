using System.Text.Json.Nodes;

namespace SalesBot.Teams.Cards;

/// <summary>The greeting on install or when a user first joins: what SalesBot does and how to start.</summary>
internal static class WelcomeCard
{
    public const string Steps = "screen → qualify → prepare → needs → recommend → engage → finalize → feedback → exit";

    public static JsonObject Render()
    {
        var body = new JsonArray
        {
            CardElements.Heading("Hi, I'm SalesBot, your sales coach", size: "large"),
            CardElements.Text(
                "I walk you through a proven consultative sales process one question at a time, keep every answer, judge the prospect " +
                "(qualified, needs work or walk away, and why) and always tell you the next step.",
                spacing: "small"),
            CardElements.Text(Steps, subtle: true, size: "small", spacing: "small"),
            CardElements.CommandHint("Start with a prospect: ", "qualify Acme", spacing: "medium"),
            CardElements.Text("In a channel or group chat, @mention me with the command.", subtle: true, size: "small", spacing: "small"),
        };
        return AdaptiveCard.Create(
            body,
            [CardActions.Command("Show commands", "help"), CardActions.Command("My deals", "deals")],
            "Hi, I'm SalesBot, your sales coach. Start with qualify <prospect>, or say help.");
    }
}
