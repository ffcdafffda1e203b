using System.Text.Json.Nodes;

namespace SalesBot.Teams.Cards;

/// <summary>
/// Buttons. Every button is an Action.Submit whose data is a plain object with the words to run under "answer"
/// (read back from activity.value.answer) — never an "msteams" property, which the Agents Playground rejects.
/// </summary>
internal static class CardActions
{
    /// <summary>A choice of a question: the answer, and the question it answers so a late press can be recognised.</summary>
    public static JsonObject Answer(string title, string answer, string question) =>
        Submit(title, new JsonObject { ["answer"] = answer, ["question"] = question });

    /// <summary>A button that runs a command, as if the user had typed it.</summary>
    public static JsonObject Command(string title, string command) =>
        Submit(title, new JsonObject { ["answer"] = command });

    /// <summary>Actions in rows the renderer accepts: card actions when they fit one row, else ActionSets of one row each.</summary>
    public static IEnumerable<JsonObject> Rows(IReadOnlyList<JsonObject> actions)
    {
        for (var start = 0; start < actions.Count; start += CardLimits.ActionsPerRow)
        {
            yield return CardElements.ActionSet(actions.Skip(start).Take(CardLimits.ActionsPerRow), spacing: start == 0 ? "medium" : "small");
        }
    }

    private static JsonObject Submit(string title, JsonObject data) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = CardText.Truncate(title, CardLimits.ButtonTitle),
        ["data"] = data,
    };
}
