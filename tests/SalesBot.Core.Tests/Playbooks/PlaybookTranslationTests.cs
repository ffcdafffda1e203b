using SalesBot.Core.Playbooks;
using Xunit;

namespace SalesBot.Core.Tests.Playbooks;

public sealed class PlaybookTranslationTests
{
    [Theory]
    [InlineData("ru", "Отбор", "Кто, кроме вас, будет отвечать за согласование?")]
    [InlineData("pl", "Selekcja", "Kto, oprócz Pana/Pani, będzie odpowiedzialny za akceptację?")]
    public void Shipped_translation_covers_every_text_and_keeps_the_structure(string language, string screenTitle, string decisionMakerExample)
    {
        var english = PlaybookLoader.LoadDefault();
        var translation = PlaybookLoader.LoadDefault(language);

        Assert.Empty(translation.Warnings);
        var playbook = translation.Playbook;
        Assert.Equal(screenTitle, playbook.GetStep("screen").Title);
        Assert.Contains(decisionMakerExample, playbook.GetStep("qualify").FindQuestion("decision-maker")!.Example);
        Assert.Equal(english.Steps.Select(s => (s.Id, s.Link, s.Judged)), playbook.Steps.Select(s => (s.Id, s.Link, s.Judged)));
        var englishQuestions = english.Steps.SelectMany(s => s.Questions).ToList();
        var translatedQuestions = playbook.Steps.SelectMany(s => s.Questions).ToList();
        Assert.Equal(
            englishQuestions.Select(q => (q.Id, q.Kind, q.Weight, string.Join(",", q.RedFlags.Select(f => f.Id + f.Severity)), string.Join(",", q.Choices.Select(c => c.Id + c.Score)))),
            translatedQuestions.Select(q => (q.Id, q.Kind, q.Weight, string.Join(",", q.RedFlags.Select(f => f.Id + f.Severity)), string.Join(",", q.Choices.Select(c => c.Id + c.Score)))));
        Assert.All(englishQuestions.Zip(translatedQuestions), pair => Assert.NotEqual(pair.First.Text, pair.Second.Text));
        Assert.Equal(english.Verdict, playbook.Verdict);
        Assert.Superset(english.Nudges.FollowUp.StallPhrases.ToHashSet(), playbook.Nudges.FollowUp.StallPhrases.ToHashSet());
    }

    [Fact]
    public void Missing_texts_stale_keys_structure_and_lost_placeholders_are_reported_and_fall_back_to_english()
    {
        const string overlay = """
            {
              "language": "ru",
              "steps": {
                "screen": {
                  "title": "Отбор",
                  "questions": {
                    "serious": { "text": "Всерьёз?", "weight": 99 },
                    "found-you": { "text": "Как клиент вас нашёл?" },
                    "gone": { "text": "Этого вопроса больше нет" }
                  }
                },
                "removed-step": { "title": "Старый шаг" }
              }
            }
            """;
        var translation = PlaybookLoader.Translate(PlaybookLoader.ReadDefaultJson(), "p.json", overlay, "p.ru.json", "ru");

        var screen = translation.Playbook.GetStep("screen");
        Assert.Equal("Отбор", screen.Title);
        Assert.Equal("Всерьёз?", screen.Questions[0].Text);
        Assert.Equal(5, screen.Questions[0].Weight);
        Assert.Equal(PlaybookLoader.LoadDefault().GetStep("screen").Purpose, screen.Purpose);
        Assert.Contains(translation.Warnings, w => w.Contains("$.steps.screen.questions.serious.weight", StringComparison.Ordinal) && w.Contains("structure", StringComparison.Ordinal));
        Assert.Contains(translation.Warnings, w => w.Contains("$.steps.screen.questions.gone", StringComparison.Ordinal));
        Assert.Contains(translation.Warnings, w => w.Contains("$.steps.removed-step", StringComparison.Ordinal));
        Assert.Contains(translation.Warnings, w => w.Contains("$.steps.screen.purpose: not translated", StringComparison.Ordinal));
        Assert.Contains(translation.Warnings, w => w.Contains("$.steps.screen.questions.found-you.text: the placeholders differ", StringComparison.Ordinal));
        Assert.DoesNotContain(translation.Warnings, w => w.Contains("$.steps.screen.title", StringComparison.Ordinal));
    }

    [Fact]
    public void An_overlay_that_is_not_json_is_refused_with_its_file_name()
    {
        var error = Assert.Throws<PlaybookException>(() => PlaybookLoader.Translate(PlaybookLoader.ReadDefaultJson(), "p.json", "{ nope", "p.pl.json", "pl"));
        Assert.Contains("p.pl.json", error.Message, StringComparison.Ordinal);
    }
}
