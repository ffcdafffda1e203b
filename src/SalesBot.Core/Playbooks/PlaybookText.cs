using SalesBot.Core.Qualification;
using SalesBot.Core.Values;

namespace SalesBot.Core.Playbooks;

/// <summary>
/// Fills a playbook text's placeholders. The one rule everywhere: the store keeps the template (question ids), and
/// every place that shows a question, tip, flag or advice fills it for the deal it is shown for.
/// </summary>
public static class PlaybookText
{
    public static string Fill(string text, string prospect, PricePoint price) =>
        text.Replace("{prospect}", prospect, StringComparison.Ordinal)
            .Replace("{startingPrice}", new Money(price.StartingPrice, price.Currency).ToDisplay(), StringComparison.Ordinal);
}
