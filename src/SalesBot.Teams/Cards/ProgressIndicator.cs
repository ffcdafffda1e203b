using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;

namespace SalesBot.Teams.Cards;

/// <summary>A thin bar under the progress line: an accent column as wide as the questions reached, an emphasis column for the rest.</summary>
internal static class ProgressIndicator
{
    public const string Height = "6px";

    public static JsonObject For(Progress progress)
    {
        var total = Math.Max(progress.Total, 1);
        var done = Math.Clamp(progress.Current, 0, total);
        var columns = new List<JsonObject>();
        if (done > 0)
        {
            columns.Add(Segment(done, "accent"));
        }

        if (done < total)
        {
            columns.Add(Segment(total - done, "emphasis"));
        }

        var bar = CardElements.Columns(columns, spacing: "small");
        bar["id"] = "progress";
        return bar;
    }

    private static JsonObject Segment(int weight, string style)
    {
        var column = CardElements.Column([], JsonValue.Create(weight));
        column["style"] = style;
        column["minHeight"] = Height;
        return column;
    }
}
