using SalesBot.Core.Playbooks;
using SalesBot.Dialogs.Localization;

namespace SalesBot.Host.Tests.Localization;

/// <summary>
/// A Russian and a Polish seller taking Acme through screen → qualify → needs → engage in their own words: the first
/// command word their language has for each step (from the resources), yes/no as «да»/«tak», money and dates as they write them («5 тыс. руб.», «через 10 недель»;
/// «5 tys. zł», «za 10 tygodni»), the gut feeling by its translated label. What the bot must say on the way is in
/// the script: the first progress line, the engage question the seeds ask, and the start of each step's wrap-up as the
/// translated playbook writes it.
/// </summary>
public sealed record LanguageScript(
    string Locale,
    string Language,
    IReadOnlyList<LanguageScript.Flow> Flows,
    string FirstProgress,
    string ReadyQuestion,
    IReadOnlyList<string> Done)
{
    /// <summary>The steps walked through, in order (declared before the scripts, which read it as they are built).</summary>
    public static readonly string[] Steps = ["screen", "qualify", "needs", "engage"];

    public static readonly LanguageScript Russian = Build(
        "ru-RU",
        "ru",
        [
            ["да", "да", "по рекомендации старого клиента"],
            ["да", "да", "да", "да", "5 тыс. руб.", "через 10 недель", "да", "да", "да", "Хорошее"],
            ["начинали как семейная пекарня", "открыть второй магазин", "сайт с онлайн-заказами", "не хватает времени на маркетинг", "на 20 % за год", "да", "да"],
            ["да", "попросили добавить доставку", "да", "да", "1 декабря", "да"],
        ],
        "Вопрос 1 из 3 · Отбор · Acme",
        "Готовы ли вы двигаться дальше?");

    public static readonly LanguageScript Polish = Build(
        "pl-PL",
        "pl",
        [
            ["tak", "tak", "z polecenia stałego klienta"],
            ["tak", "tak", "tak", "tak", "5 tys. zł", "za 10 tygodni", "tak", "tak", "tak", "Dobre"],
            ["zaczynali jako rodzinna piekarnia", "otworzyć drugi sklep", "strona z zamówieniami online", "brak czasu na marketing", "o 20% w rok", "tak", "tak"],
            ["tak", "poprosili o dodanie dostawy", "tak", "tak", "1 grudnia", "tak"],
        ],
        "Pytanie 1 z 3 · Selekcja · Acme",
        "Czy są Państwo gotowi, żeby pójść dalej?");

    /// <summary>
    /// A whole walk through four steps is 30 turns in a few seconds, more than the rate limit's burst allows; the limit
    /// works on real time, not the tests' clock, so these hosts allow more.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> Unlimited = new Dictionary<string, string?> { ["RateLimit:Burst"] = "200" };

    /// <summary>The script with each step's command word and wrap-up taken from the language's resources and playbook.</summary>
    private static LanguageScript Build(string locale, string language, string[][] answers, string firstProgress, string ready)
    {
        var playbook = PlaybookLoader.LoadDefault(language).Playbook;
        var flows = Steps.Select((step, i) => new Flow(CommandWords.In(step, language)[0] + " Acme", answers[i])).ToList();
        var done = Steps.Select(step => playbook.FindStep(step)!.Done.Split([':', '.'], 2)[0]).ToList();
        return new LanguageScript(locale, language, flows, firstProgress, ready, done);
    }

    public static LanguageScript For(string language) => language == "ru" ? Russian : Polish;

    /// <summary>Everything the user sends, in order: each step's command, then its answers.</summary>
    public IEnumerable<string> Messages => Flows.SelectMany(flow => (string[])[flow.Command, .. flow.Answers]);

    /// <param name="Command">What starts the step, in the user's language.</param>
    /// <param name="Answers">The answers to its questions, in order.</param>
    public sealed record Flow(string Command, IReadOnlyList<string> Answers);
}
