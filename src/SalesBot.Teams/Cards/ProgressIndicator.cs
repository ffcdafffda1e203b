using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;

namespace SalesBot.Teams.Cards;

/// <summary>
/// A thin bar under the progress line, drawn with a heavy line character: accent for the questions reached, subtle for the rest.
/// (Coloured columns would be the other way, but styled columns get the host's container padding and come out as thick blocks.)
/// </summary>
internal static class ProgressIndicator
{
    public const int Width = 20;

    public const char Segment = '━';

    public static JsonObject For(Progress progress)
    {
        var total = Math.Max(progress.Total, 1);
        var done = (int)Math.Round(Width * Math.Clamp(progress.Current, 0, total) / (double)total, MidpointRounding.AwayFromZero);
        var runs = new List<JsonObject>();
        if (done > 0)
        {
            runs.Add(CardElements.Run(new string(Segment, done), color: "accent"));
        }

        if (done < Width)
        {
            runs.Add(CardElements.Run(new string(Segment, Width - done), subtle: true));
        }

        return CardElements.Runs(runs, spacing: "none");
    }
}
