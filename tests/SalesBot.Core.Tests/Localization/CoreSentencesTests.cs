using System.Globalization;
using SalesBot.Core.Coaching;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;
using SalesBot.Core.Tests.Coaching;

namespace SalesBot.Core.Tests.Localization;

/// <summary>
/// Core's sentences follow the UI culture (the turn's language) while the judgement does not: the same answers give the
/// same verdict, score, flags and command in every language, and only the words change.
/// </summary>
public sealed class CoreSentencesTests
{
    private static readonly (string Step, string Question, string Value)[] Blocked =
    [
        ("screen", "serious", "yes"), ("screen", "afford", "yes"), ("qualify", "need", "yes"), ("qualify", "decision-maker", "no"),
    ];

    [Theory]
    [InlineData("en", "Score 65 on 4 of 12 answered", "Qualified once", "Verdict: needs work.")]
    [InlineData("ru", "Оценка 65, отвечено 4 из 12", "Клиент будет квалифицирован, когда", "Вердикт: нужно доработать.")]
    [InlineData("pl", "Wynik 65, odpowiedzi: 4 z 12", "Klient będzie zakwalifikowany, gdy", "Werdykt: wymaga pracy.")]
    public void The_why_and_the_next_step_are_written_in_the_ui_culture(string language, string score, string change, string verdict)
    {
        using var culture = new UiCulture(language);
        var playbook = language == "en" ? DealStates.DefaultPlaybook : PlaybookLoader.LoadDefault(language).Playbook;
        var snapshot = DealStates.Snapshot(DealStates.Deal("Acme", "screen"), Blocked);
        var judgement = QualificationJudge.Judge(playbook, snapshot.Answers, snapshot.Price)!;
        var next = NextStepAdvisor.Advise(playbook, snapshot, judgement);

        Assert.Contains(score, judgement.Summary, StringComparison.Ordinal);
        Assert.StartsWith(change, judgement.Change, StringComparison.Ordinal);
        Assert.StartsWith(verdict, next.Why, StringComparison.Ordinal);
        Assert.Equal((Verdict.NeedsWork, "qualify Acme"), (judgement.Verdict, next.Command));
    }

    [Fact]
    public void The_judgement_is_the_same_in_every_language()
    {
        var snapshot = DealStates.Snapshot(DealStates.Deal("Acme", "screen"), Blocked);
        var seen = new[] { "en", "ru", "pl" }.Select(language =>
        {
            using var culture = new UiCulture(language);
            var playbook = language == "en" ? DealStates.DefaultPlaybook : PlaybookLoader.LoadDefault(language).Playbook;
            var judgement = QualificationJudge.Judge(playbook, snapshot.Answers, snapshot.Price)!;
            var next = NextStepAdvisor.Advise(playbook, snapshot, judgement);
            return $"{judgement.Verdict} {judgement.Score} {judgement.Answered}/{judgement.Total} {string.Join(",", judgement.Flags.Select(f => f.RuleId))} {next.Command}";
        }).ToList();

        Assert.Equal("NeedsWork 65 4/12 not-decision-maker qualify Acme", seen[0]);
        Assert.All(seen, s => Assert.Equal(seen[0], s));
    }

    [Theory]
    [InlineData("ru", "**Лично** — для Acme", "Мои звонки 2 ноября и 5 ноября остались без ответа", "Всего доброго,")]
    [InlineData("pl", "**Do rąk własnych** — Acme", "Moje telefony 2 listopada i 5 listopada pozostały bez odpowiedzi", "Z pozdrowieniami,")]
    public void The_personal_letter_is_written_in_the_users_language(string language, string mark, string calls, string signOff)
    {
        using var culture = new UiCulture(language);
        var letter = FollowUpLetterTemplate.Write(new FollowUpLetterRequest(
            DealStates.Owner, "Acme", "Anna", [new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 5)], [new CoachFact("goal", "Two more shops.")]));

        Assert.StartsWith(mark, letter, StringComparison.Ordinal);
        Assert.Contains(calls, letter, StringComparison.Ordinal);
        Assert.Contains("Two more shops", letter, StringComparison.Ordinal);
        Assert.EndsWith(signOff + "\nAnna", letter, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "**Анкета обратной связи для Acme**", "В целом вы довольны работой?")]
    [InlineData("pl", "**Ankieta satysfakcji: Acme**", "Czy ogólnie są Państwo zadowoleni z naszej pracy?")]
    public void The_feedback_questionnaire_is_written_in_the_users_language(string language, string heading, string first)
    {
        using var culture = new UiCulture(language);
        var text = FeedbackQuestionnaireTemplate.Write(new FeedbackQuestionnaireRequest(DealStates.Owner, "Acme", []));

        Assert.StartsWith(heading + "\n1. " + first, text, StringComparison.Ordinal);
        Assert.Equal(6, text.Split('\n').Count(line => line.Length > 2 && char.IsDigit(line[0]) && line[1] == '.'));
    }

    [Theory]
    [InlineData("en", "Stage entry → contract (set by hand).", "Changed \"Is your contact the final decision-maker?\" (v1 → v2): no → yes (owner signs)")]
    [InlineData("ru", "Звено: вход → договор (вручную).", "Изменён ответ «Ваш собеседник принимает окончательное решение?» (в1 → в2): нет → да (owner signs)")]
    [InlineData("pl", "Ogniwo: wejście → umowa (ręcznie).", "Zmieniono odpowiedź „Czy twój rozmówca jest ostatecznym decydentem?” (w1 → w2): nie → tak (owner signs)")]
    public void History_is_stored_as_codes_and_read_in_the_readers_language(string language, string stage, string changed)
    {
        var stageCode = DealHistory.Stage(DealLink.Entry, DealLink.Contract, byHand: true);
        var before = new Answer("d1", "qualify", "decision-maker", 1, "no", null, DateTimeOffset.UnixEpoch, "ann");
        var changedCode = DealHistory.Changed("qualify", "decision-maker", 1, 2, before, "yes", "owner signs");
        using var culture = new UiCulture(language);
        var playbook = language == "en" ? DealStates.DefaultPlaybook : PlaybookLoader.LoadDefault(language).Playbook;

        Assert.Equal(stage, DealHistory.Render(stageCode, playbook, "Acme", DealStates.Price));
        Assert.Equal(changed, DealHistory.Render(changedCode, playbook, "Acme", DealStates.Price));
    }

    [Theory]
    [InlineData("Deal created for Acme.")]
    [InlineData("Stage entry → alignment.")]
    [InlineData("{\"history\":\"NoSuchEntry\",\"args\":[]}")]
    [InlineData("{not json")]
    public void A_history_entry_stored_in_words_before_the_codes_shows_as_it_was(string stored)
    {
        using var culture = new UiCulture("ru");
        Assert.Equal(stored, DealHistory.Render(stored, DealStates.DefaultPlaybook, "Acme", DealStates.Price));
    }
}
