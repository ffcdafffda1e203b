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
            .Replace("{startingPrice}", new Money(price.StartingPrice, price.Currency).ToDisplay(System.Globalization.CultureInfo.CurrentUICulture), StringComparison.Ordinal);

    /// <summary>
    /// The text filled for a reply, which is light markdown: the prospect's name goes in as <see cref="Conversations.UserText"/>
    /// (escaped), so a name like <c>*Acme_*</c> shows as typed. <see cref="Fill"/> is for plain text (exports, stored texts).
    /// </summary>
    public static string Show(string text, string prospect, PricePoint price) =>
        Fill(text, Conversations.UserText.Escape(prospect), price);
}
