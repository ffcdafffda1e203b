using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;

namespace SalesBot.Testing.Localization;

/// <summary>
/// Replies of every kind with their data (questions, answers, notes, advice, names) written in Russian, so that under the
/// pseudo-locale any Latin word a channel renders outside the ⟦ ⟧ of its resources is its own literal. Commands stay
/// English: they are what a button sends, and they work in every language.
/// </summary>
public static class LocalizedSamples
{
    public static readonly DateTimeOffset At = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    /// <summary>Names and codes that read the same in every language, and the English command words.</summary>
    public static readonly string[] Data =
    [
        "Acme", "SalesBot", "USD", "EUR", "GBP", "PLN", "RUB", "CHF", "CAD", "AUD", "CSV", "JSON", "UTC", "Slack", "Teams",
        "help", "screen", "qualify", "prepare", "needs", "recommend", "engage", "finalize", "feedback", "exit", "deal", "deals",
        "next", "stage", "log", "won", "lost", "drop", "reopen", "change", "export", "settings", "nudges", "nudge", "history", "salesbot",
    ];

    private static readonly Progress Progress = new("Квалификация", "Acme", 3, 10);

    public static QuestionReply YesNo => new(
        "Уверены ли вы, что они смогут заплатить?",
        "Спросите коллег, которые с ними работали.",
        [Choice.Of("да"), Choice.Of("нет"), Choice.Of("не знаю")],
        Progress,
        "«С кем ещё вы работали над этим?»",
        "да")
    {
        Kind = AnswerKind.YesNo,
    };

    public static IEnumerable<(string Name, QuestionReply Question)> Questions()
    {
        yield return ("yes-no", YesNo);
        yield return ("choices-plain", YesNo with { Kind = null, CurrentAnswer = null });
        yield return ("money", new QuestionReply("Какой бюджет у Acme?", "Назовите сумму.", [], Progress, null, null) { Kind = AnswerKind.Money, Currency = "RUB" });
        yield return ("date", new QuestionReply("Когда нужно закончить работу?", null, [], Progress, null, null) { Kind = AnswerKind.Date });
        yield return ("number", new QuestionReply("Сколько человек там работает?", null, [], Progress, null, null) { Kind = AnswerKind.Number });
        yield return ("text", new QuestionReply("Как они пришли в эту отрасль?", null, [], Progress, null, "через знакомых") { Kind = AnswerKind.Text });
        yield return ("many-choices", YesNo with { Kind = AnswerKind.Choice, Choices = [.. Enumerable.Range(1, 7).Select(i => Choice.Of($"вариант {i}"))] });
        yield return ("no-progress", YesNo with { Progress = null, Tip = null, Wording = null, CurrentAnswer = null });
    }

    public static DealView Deal(int answers = 6, bool showHistory = false) => new(
        "Acme",
        DealLink.Alignment,
        DealStatus.Open,
        null,
        new Judgement(
            Verdict.NeedsWork,
            67,
            8,
            10,
            [new ScoreLine("qualify", "need", "Нужно ли им то, что вы делаете?", 12, 1, true)],
            [new RedFlag("qualify", "deadline", "rush", Severity.Warning, "Сроки слишком сжатые.", "Договоритесь о реальной дате.")],
            "Оценка 67 по 8 из 10 ответов.",
            "Оценка 67 по 8 из 10 ответов.",
            "Подходит при оценке 75."),
        [new RedFlag("needs", "budget", "no-budget", Severity.HardStop, "Бюджета нет.", "Вежливо откажитесь.")],
        [.. Enumerable.Range(1, answers).Select(Answer)],
        [new Touch("d1", TouchKind.Call, "не ответили", At, "Пётр"), new Touch("d1", TouchKind.Meeting, "хорошо прошла", At.AddDays(2), "Пётр")],
        [.. Enumerable.Range(1, showHistory ? 30 : 1).Select(i => new DealEvent("d1", "stage", $"Переход на звено {i}", At.AddHours(i), "Пётр"))],
        showHistory,
        new NextStep("Закончите квалификацию Acme.", "Решите, стоит ли клиент вашего времени.", "qualify Acme"));

    public static IEnumerable<(string Name, DealView Deal)> Deals()
    {
        yield return ("deal", Deal());
        yield return ("deal-empty", Deal(answers: 0) with { Judgement = null, OtherFlags = [], Touches = [], History = [] });
        yield return ("deal-long", Deal(answers: 400) with { Touches = [.. Enumerable.Range(1, 30).Select(i => new Touch("d1", TouchKind.Letter, $"письмо {i}", At.AddDays(i), "Пётр"))] });
        yield return ("deal-history", Deal(answers: 80, showHistory: true));
        yield return ("deal-lost", Deal() with { Status = DealStatus.Lost, ClosedReason = "выбрали другого" });
        yield return ("deal-advice-in-next-step", Deal() with { NextStep = new NextStep("Договоритесь о реальной дате.", "Сроки решают.", "stage Acme <звено>") });
    }

    public static IReadOnlyList<PipelineEntry> Pipeline(int count = 3)
    {
        var named = new List<PipelineEntry>
        {
            new("Acme", DealLink.Engagement, DealStatus.Open, Verdict.Qualified, new NextStep("Подготовьтесь к встрече.", "почему", "prepare Acme")),
            new("Ромашка", DealLink.Engagement, DealStatus.Open, Verdict.NeedsWork, new NextStep("Ответьте на открытые вопросы.", "почему", "qualify Ромашка")),
            new("Лютик", DealLink.Closing, DealStatus.Lost, null, new NextStep("Делать нечего: сделка проиграна.", "почему", "reopen Лютик")),
        };
        var more = Enumerable.Range(named.Count + 1, Math.Max(0, count - named.Count)).Select(i => new PipelineEntry(
            $"Клиент номер {i} с длинным названием компании",
            (DealLink)(1 + (i % 7)),
            DealStatus.Open,
            Verdict.WalkAway,
            new NextStep($"Откажитесь от клиента {i} и займитесь лучшим.", "почему", $"drop \"Клиент {i}\" <причина>")));
        return [.. named.Take(count), .. more];
    }

    public static IEnumerable<(string Name, Reply Reply)> Replies()
    {
        foreach (var (name, question) in Questions())
        {
            yield return ("question-" + name, question);
        }

        foreach (var (name, deal) in Deals())
        {
            yield return (name, new DealReply(deal));
        }

        yield return ("pipeline", new PipelineReply(Pipeline()));
        yield return ("pipeline-empty", new PipelineReply([]));
        yield return ("pipeline-long", new PipelineReply(Pipeline(120)));
        yield return ("nudge", new NudgeReply([Nudge("Позвоните в Acme ещё раз", null)]));
        yield return ("nudge-digest", new NudgeReply([Nudge("Отправьте Acme письмо", "Здравствуйте!\n\nНе смог до вас дозвониться.\n\nПётр"), Nudge("Ромашка замолчала", null)]));
        yield return ("text", new TextReply("Готово."));
        yield return ("file", new FileReply("deals.csv", "text/csv", "a,b\n"));
    }

    /// <summary>The commands a help reply lists, usage and summary.</summary>
    public static IReadOnlyList<(string Usage, string Summary)> Commands =>
    [
        ("help [команда]", "Что я умею."),
        ("qualify <клиент>", "Десять вопросов квалификации, затем вердикт."),
        ("deals", "Ваши сделки по звеньям."),
    ];

    private static NudgeItem Nudge(string title, string? draft) => new(
        title,
        "Последний звонок ничего не дал. Позвоните ещё раз.",
        draft,
        [new Choice("Готово", "nudge done d1.call2.1"), new Choice("Завтра", "nudge snooze d1.call2.1 tomorrow"), new Choice("Открыть сделку", "deal Acme")]);

    private static AnswerLine Answer(int i) => new(
        i <= 10 ? "qualify" : "needs",
        i <= 10 ? "Квалификация" : "Потребности",
        $"q{i}",
        $"Вопрос номер {i}: это реальный вопрос клиенту?",
        i % 3 == 0 ? "не знаю" : "да",
        i % 2 == 0 ? $"пометка {i}: уточнят у владельца" : null,
        At.AddDays(i),
        "Пётр",
        1 + (i % 2));
}
