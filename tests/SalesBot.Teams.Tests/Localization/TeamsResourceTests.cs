using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Rendering;
using SalesBot.Teams.Cards;
using SalesBot.Teams.Tests.Cards;
using SalesBot.Testing.Cards;
using SalesBot.Testing.Localization;

namespace SalesBot.Teams.Tests.Localization;

public sealed class TeamsResourceTests
{
    [Theory]
    [InlineData(typeof(Teams.Localization.Strings), "SalesBot.Teams.Localization.Strings")]
    [InlineData(typeof(ChannelText), "SalesBot.Dialogs.Rendering.ChannelText")]
    public void Every_resource_exists_in_russian_and_polish_with_the_same_placeholders(Type resources, string baseName)
    {
        var problems = ResourceCompleteness.Problems(resources.Assembly, baseName);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("ru", "Отправить", "Сумма", "Вопрос 5 из 10")]
    [InlineData("pl", "Wyślij", "Kwota", "Pytanie 5 z 10")]
    public void A_question_card_is_written_in_the_language_of_its_reply(string language, string submit, string amount, string progress)
    {
        var card = WireCard.Content(AdaptiveCardRenderer.ToAttachment(CardSamples.MoneyQuestion with { Language = language })!);

        Assert.Equal([submit], CardJson.Submits(card).Select(s => s["title"]!.GetValue<string>()));
        Assert.Contains(CardJson.Objects(card), o => o["label"]?.GetValue<string>() == amount);
        Assert.StartsWith(progress, CardJson.Words(card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Ваша воронка", "3 сделки", "Открыть")]
    [InlineData("pl", "Twój lejek sprzedaży", "3 transakcje", "Otwórz")]
    public void The_pipeline_card_counts_deals_in_the_language_and_names_stages_in_it(string language, string title, string count, string open)
    {
        var card = WireCard.Content(AdaptiveCardRenderer.ToAttachment(new PipelineReply(CardSamples.Pipeline()) { Language = language })!);

        var words = CardJson.Words(card);
        Assert.StartsWith($"{title}\n{count}\n", words, StringComparison.Ordinal);
        Assert.DoesNotContain("Engagement", words, StringComparison.Ordinal);
        Assert.All(CardJson.Submits(card), s => Assert.Equal(open, s["title"]!.GetValue<string>()));
    }
}
