using System.Text;
using System.Text.Json.Nodes;

namespace SalesBot.Teams.Cards;

/// <summary>
/// The sizes SalesBot keeps its cards within. Teams rejects bot messages over about 28 KB (the whole activity:
/// card, text and addressing), so a card stays under <see cref="CardBytes"/> and long lists are cut with a "…and N more" line.
/// </summary>
internal static class CardLimits
{
    public const int CardBytes = 20_000;

    /// <summary>Teams shows up to six buttons in a row and the renderer's default is five; more go into extra rows.</summary>
    public const int ActionsPerRow = 5;

    public const int Answers = 60;

    public const int Touches = 10;

    public const int HistoryEntries = 15;

    public const int PipelineDeals = 40;

    public const int Text = 1_000;

    public const int ButtonTitle = 40;

    public const int FallbackText = 500;

    public static int Bytes(JsonNode card) => Encoding.UTF8.GetByteCount(card.ToJsonString());

    public static bool Fits(JsonNode card) => Bytes(card) <= CardBytes;
}
