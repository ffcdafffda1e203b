using System.Text.Json.Nodes;

namespace SalesBot.Teams.Cards;

/// <summary>
/// The Adaptive Card 1.5 elements SalesBot uses. Own words go in TextBlocks (which read markdown); anything a user typed —
/// prospect names, answers, notes — goes in TextRuns of a RichTextBlock, which show text as it is.
/// </summary>
internal static class CardElements
{
    public static JsonObject Text(
        string text, bool bold = false, bool subtle = false, string? size = null, string? color = null, string? spacing = null, bool separator = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = CardText.Truncate(text, CardLimits.Text), ["wrap"] = true };
        Set(block, "weight", bold ? "bolder" : null);
        Set(block, "isSubtle", subtle);
        Set(block, "size", size);
        Set(block, "color", color);
        Set(block, "spacing", spacing);
        Set(block, "separator", separator);
        return block;
    }

    public static JsonObject Heading(string text, string? size = "medium") => Text(text, bold: true, size: size);

    public static JsonObject Runs(IEnumerable<JsonObject> runs, string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = new JsonArray([.. runs]) };
        Set(block, "spacing", spacing);
        return block;
    }

    public static JsonObject Run(
        string text, bool bold = false, bool subtle = false, bool italic = false, bool monospace = false, string? size = null, string? color = null)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = CardText.Truncate(text, CardLimits.Text) };
        Set(run, "weight", bold ? "bolder" : null);
        Set(run, "isSubtle", subtle);
        Set(run, "italic", italic);
        Set(run, "fontType", monospace ? "monospace" : null);
        Set(run, "size", size);
        Set(run, "color", color);
        return run;
    }

    /// <summary>"…and 3 more, say " followed by the command in monospace.</summary>
    public static JsonObject CommandHint(string words, string command, string? spacing = "small") =>
        Runs([Run(words, subtle: true), Run(command, monospace: true)], spacing);

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject
        {
            ["title"] = CardText.Truncate(f.Title, CardLimits.Text),
            ["value"] = CardText.Truncate(f.Value, CardLimits.Text),
        })]),
    };

    public static JsonObject Container(IEnumerable<JsonNode> items, string? style = null, string? spacing = null, bool separator = false)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray([.. items]) };
        Set(container, "style", style);
        Set(container, "spacing", spacing);
        Set(container, "separator", separator);
        return container;
    }

    public static JsonObject Columns(IEnumerable<JsonObject> columns, string? spacing = null)
    {
        var set = new JsonObject { ["type"] = "ColumnSet", ["columns"] = new JsonArray([.. columns]) };
        Set(set, "spacing", spacing);
        return set;
    }

    public static JsonObject Column(IEnumerable<JsonNode> items, JsonNode width, string? verticalContentAlignment = null)
    {
        var column = new JsonObject { ["type"] = "Column", ["width"] = width, ["items"] = new JsonArray([.. items]) };
        Set(column, "verticalContentAlignment", verticalContentAlignment);
        return column;
    }

    public static JsonObject ActionSet(IEnumerable<JsonObject> actions, string? spacing = null)
    {
        var set = new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. actions]) };
        Set(set, "spacing", spacing);
        return set;
    }

    private static void Set(JsonObject element, string name, string? value)
    {
        if (value is not null)
        {
            element[name] = value;
        }
    }

    private static void Set(JsonObject element, string name, bool value)
    {
        if (value)
        {
            element[name] = true;
        }
    }
}
