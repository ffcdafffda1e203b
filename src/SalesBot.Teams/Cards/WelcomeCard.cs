using System.Text.Json.Nodes;
using SalesBot.Dialogs.Localization;
using SalesBot.Teams.Localization;

namespace SalesBot.Teams.Cards;

/// <summary>The greeting on install or when a user first joins: what SalesBot does and how to start.</summary>
internal static class WelcomeCard
{
    /// <summary>The steps of the method, by their command words.</summary>
    public static readonly string[] StepCommands = ["screen", "qualify", "prepare", "needs", "recommend", "engage", "finalize", "feedback", "exit"];

    /// <summary>"screen → qualify → … → exit" in the current language's command words.</summary>
    public static string Steps => string.Join(" → ", StepCommands.Select(CommandWords.Local));

    public static JsonObject Render()
    {
        var example = CardText.Command("qualify") + " " + Strings.Get("Welcome.Example");
        var body = new JsonArray
        {
            CardElements.Heading(Strings.Get("Welcome.Title"), size: "large"),
            CardElements.Text(Strings.Get("Welcome.Intro"), spacing: "small"),
            CardElements.Text(Steps, subtle: true, size: "small", spacing: "small"),
            CardElements.CommandHint(Strings.Get("Welcome.Start"), example, spacing: "medium"),
            CardElements.Text(Strings.Get("Welcome.Mention"), subtle: true, size: "small", spacing: "small"),
        };
        return AdaptiveCard.Create(
            body,
            [CardActions.Command(Strings.Get("Welcome.ShowCommands"), "help"), CardActions.Command(Strings.Get("Help.MyDeals"), "deals")],
            Strings.Format("Welcome.Fallback", CardText.Command("qualify <prospect>"), CardText.Command("help")));
    }
}
