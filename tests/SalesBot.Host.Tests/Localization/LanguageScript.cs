namespace SalesBot.Host.Tests.Localization;

/// <summary>
/// A Russian and a Polish seller taking Acme through screen → qualify → needs → engage in their own words: the command
/// words of their language, yes/no as «да»/«tak», money and dates as they write them («5 тыс. руб.», «через 10 недель»;
/// «5 tys. zł», «za 10 tygodni»), the gut feeling by its translated label. What the bot must say on the way is in
/// <see cref="Expected"/>: the first progress line, the engage question the seeds ask, the end of each step.
/// </summary>
public sealed record LanguageScript(
    string Locale,
    string Language,
    IReadOnlyList<LanguageScript.Flow> Flows,
    string FirstProgress,
    string ReadyQuestion,
    IReadOnlyList<string> Done)
{
    public static readonly LanguageScript Russian = new(
        "ru-RU",
        "ru",
        [
            new("отбор Acme", ["да", "да", "по рекомендации старого клиента"]),
            new("квалифицировать Acme", ["да", "да", "да", "да", "5 тыс. руб.", "через 10 недель", "да", "да", "да", "Хорошее"]),
            new("потребности Acme", ["начинали как семейная пекарня", "открыть второй магазин", "сайт с онлайн-заказами", "не хватает времени на маркетинг", "на 20 % за год", "да", "да"]),
            new("вовлечение Acme", ["да", "попросили добавить доставку", "да", "да", "1 декабря", "да"]),
        ],
        "Вопрос 1 из 3 · Отбор · Acme",
        "Готовы ли вы двигаться дальше?",
        ["Отбор пройден", "Квалификация пройдена", "Анализ потребностей закончен", "Клиент вовлечён"]);

    public static readonly LanguageScript Polish = new(
        "pl-PL",
        "pl",
        [
            new("selekcja Acme", ["tak", "tak", "z polecenia stałego klienta"]),
            new("kwalifikuj Acme", ["tak", "tak", "tak", "tak", "5 tys. zł", "za 10 tygodni", "tak", "tak", "tak", "Dobre"]),
            new("potrzeby Acme", ["zaczynali jako rodzinna piekarnia", "otworzyć drugi sklep", "strona z zamówieniami online", "brak czasu na marketing", "o 20% w rok", "tak", "tak"]),
            new("zaangażowanie Acme", ["tak", "poprosili o dodanie dostawy", "tak", "tak", "1 grudnia", "tak"]),
        ],
        "Pytanie 1 z 3 · Selekcja · Acme",
        "Czy są Państwo gotowi, żeby pójść dalej?",
        ["Selekcja zakończona", "Kwalifikacja zakończona", "Analiza potrzeb zakończona", "Klient zaangażowany"]);

    /// <summary>
    /// A whole walk through four steps is 30 turns in a few seconds, more than the rate limit's burst allows; the limit
    /// works on real time, not the tests' clock, so these hosts allow more.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> Unlimited = new Dictionary<string, string?> { ["RateLimit:Burst"] = "200" };

    public static LanguageScript For(string language) => language == "ru" ? Russian : Polish;

    /// <summary>Everything the user sends, in order: each step's command, then its answers.</summary>
    public IEnumerable<string> Messages => Flows.SelectMany(flow => (string[])[flow.Command, .. flow.Answers]);

    /// <param name="Command">What starts the step, in the user's language.</param>
    /// <param name="Answers">The answers to its questions, in order.</param>
    public sealed record Flow(string Command, IReadOnlyList<string> Answers);
}
