using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Localization;
using SalesBot.Slack.BlockKit;
using SalesBot.Testing.Localization;

namespace SalesBot.Slack.Tests.Localization;

public sealed class SlackResourceTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Every_slack_resource_exists_in_russian_and_polish_with_the_same_placeholders()
    {
        var problems = ResourceCompleteness.Problems(typeof(Slack.Localization.Strings).Assembly, "SalesBot.Slack.Localization.Strings");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("ru", "Начать коучинг", "SalesBot — ваша воронка", "Ваша воронка", "3 сделки")]
    [InlineData("pl", "Rozpocznij coaching", "SalesBot — Twój lejek sprzedaży", "Twój lejek sprzedaży", "3 transakcje")]
    public void The_app_home_is_written_in_the_current_language(string language, string start, string header, string pipeline, string count)
    {
        using var culture = BotCulture.Use(language);
        var home = HomeView.Build(LocalizedSamples.Pipeline(), LocalizedSamples.At).ToJsonString(Readable);

        Assert.Contains($"\"text\":\"{start}\"", home, StringComparison.Ordinal);
        Assert.Contains(header, home, StringComparison.Ordinal);
        Assert.DoesNotContain("Start coaching", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Engagement", home, StringComparison.Ordinal);
        var message = Assert.Single(ReplyRenderer.Render(new PipelineReply(LocalizedSamples.Pipeline()) { Language = language }));
        Assert.Equal($"{pipeline}: {count}.", message.Text);
    }

    [Theory]
    [InlineData("ru", "Выбран ответ:", "Отправить")]
    [InlineData("pl", "Wybrana odpowiedź:", "Wyślij")]
    public void A_question_message_and_its_answered_line_follow_the_language(string language, string answered, string submit)
    {
        var asked = Assert.Single(ReplyRenderer.Render(LocalizedSamples.YesNo with { Kind = Core.Playbooks.AnswerKind.Money, Choices = [], Language = language }));
        Assert.Contains($"\"text\":\"{submit}\"", asked.Blocks.ToJsonString(Readable), StringComparison.Ordinal);

        using var culture = BotCulture.Use(language);
        var done = AnsweredQuestion.From(asked.Blocks, asked.Text, AnsweredQuestion.Chosen("5000 RUB"));
        Assert.DoesNotContain(done.Blocks, b => b!["block_id"]?.GetValue<string>() == AnsweredQuestion.HintBlock);
        Assert.Equal($":white_check_mark: {answered} *5000 RUB*", done.Blocks[^1]!["elements"]![0]!["text"]!.GetValue<string>());
    }
}
