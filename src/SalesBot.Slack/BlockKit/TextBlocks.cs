using System.Text;
using System.Text.Json.Nodes;

namespace SalesBot.Slack.BlockKit;

/// <summary>Long mrkdwn as as few sections as fit: split at line ends, a line longer than a section split hard.</summary>
internal static class TextBlocks
{
    public static IEnumerable<JsonObject> Sections(string mrkdwn, int max = BlockKitLimits.SectionText) =>
        Chunks(mrkdwn, max).Select(chunk => Blocks.Section(chunk));

    public static IEnumerable<string> Chunks(string text, int max)
    {
        var chunk = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            while (line.Length > max)
            {
                if (chunk.Length > 0)
                {
                    yield return chunk.ToString();
                    chunk.Clear();
                }

                yield return line[..max];
                line = line[max..];
            }

            if (chunk.Length > 0 && chunk.Length + 1 + line.Length > max)
            {
                yield return chunk.ToString();
                chunk.Clear();
            }

            if (chunk.Length > 0)
            {
                chunk.Append('\n');
            }

            chunk.Append(line);
        }

        if (chunk.ToString().Trim().Length > 0)
        {
            yield return chunk.ToString();
        }
    }
}
