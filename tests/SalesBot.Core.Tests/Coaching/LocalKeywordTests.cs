using SalesBot.Core.Coaching;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Tests.Localization;
using static SalesBot.Core.Tests.Coaching.DealStates;

namespace SalesBot.Core.Tests.Coaching;

/// <summary>The deterministic coach reads Russian and Polish answers and writes its notes in the user's language.</summary>
public sealed class LocalKeywordTests
{
    private static readonly TemplateCoach Coach = new();

    private static Task<AnswerAnalysis> Analyze(string text, IReadOnlyList<string>? stallPhrases = null) =>
        Coach.AnalyzeAnswerAsync(
            new AnswerAnalysisRequest(Owner, "Какие у них цели?", text, false, "RUB") { StallPhrases = stallPhrases ?? PlaybookLoader.LoadDefault().Nudges.FollowUp.StallPhrases },
            default);

    [Theory]
    [InlineData("ru", "Хотят самый дешёвый вариант", "Охота за ценой («самый дешёвый»)")]
    [InlineData("ru", "Просят скидку сразу", "Охота за ценой («скидку»)")]
    [InlineData("ru", "Сначала бесплатное тестовое задание", "Бесплатная работа («бесплатное»)")]
    [InlineData("ru", "Нужно срочно, к понедельнику", "Спешка («срочно»)")]
    [InlineData("ru", "Решает руководство, мой контакт только собирает", "Кто решает («руководство»)")]
    [InlineData("ru", "Они сравнивают три агентства", "Сравнивают предложения («сравнивают»)")]
    [InlineData("ru", "Бюджет ограничен, сумму не называют", "Бюджет («Бюджет ограничен»)")]
    [InlineData("ru", "Говорят, бывают задержки оплаты", "Риск оплаты («задержки оплаты»)")]
    [InlineData("ru", "С прошлым подрядчиком разругались", "Прошлый подрядчик («прошлым подрядчиком»)")]
    [InlineData("pl", "Szukają najtańszej oferty", "Polowanie na cenę („najtańszej”)")]
    [InlineData("pl", "Chcą projekt za darmo na start", "Praca za darmo („za darmo”)")]
    [InlineData("pl", "To pilne, na wczoraj", "Pośpiech („pilne”)")]
    [InlineData("pl", "Decyzję podejmie zarząd", "Decydent („zarząd”)")]
    [InlineData("pl", "Zbieramy oferty od kilku firm", "Porównywanie ofert („Zbieramy oferty”)")]
    [InlineData("pl", "Mamy mały budżet", "Budżet („mały budżet”)")]
    [InlineData("pl", "Płacą z opóźnieniem", "Ryzyko płatności („Płacą z opóźnieniem”)")]
    [InlineData("pl", "Pokłócili się z poprzednią agencją", "Poprzedni wykonawca („Pokłócili”)")]
    [InlineData("pl", "Poprzednia agencja zniknęła", "Poprzedni wykonawca („Poprzednia agencja”)")]
    public async Task A_red_flag_in_the_users_language_gives_a_note_in_it(string language, string text, string note)
    {
        using var culture = new UiCulture(language);

        var flag = Assert.Single((await Analyze(text)).RedFlags);

        Assert.StartsWith(note, flag, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Хотят скидку", "Price hunting (\"скидку\")")]
    [InlineData("ru", "They want a discount", "Охота за ценой («discount»)")]
    [InlineData("pl", "Хотят скидку", "Polowanie na cenę („скидку”)")]
    public async Task Every_languages_phrases_are_read_whatever_language_the_user_has(string language, string text, string note)
    {
        using var culture = new UiCulture(language);

        Assert.StartsWith(note, Assert.Single((await Analyze(text)).RedFlags), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Нам надо подумать, позвоните через месяц", "Затягивание («надо подумать»)", "«три звонка и письмо»")]
    [InlineData("pl", "Potrzebujemy więcej czasu do namysłu", "Zwlekanie („więcej czasu”)", "„trzy telefony i list”")]
    public async Task A_stall_from_the_translated_playbook_is_noted_in_the_users_language(string language, string text, string start, string cadence)
    {
        using var culture = new UiCulture(language);
        var phrases = PlaybookLoader.LoadDefault(language).Playbook.Nudges.FollowUp.StallPhrases;

        var stall = Assert.Single((await Analyze(text, phrases)).Stalls);

        Assert.StartsWith(start, stall, StringComparison.Ordinal);
        Assert.Contains(cadence, stall, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("говорят, может 8 тыс., если с магазином", 8000, "RUB")]
    [InlineData("около 12 500 ₽ на первый этап", 12500, "RUB")]
    [InlineData("максимум 150 тысяч рублей", 150000, "RUB")]
    [InlineData("mówili, że może 8 tys. zł", 8000, "PLN")]
    [InlineData("budżet to jakieś 4,5k € na start", 4500, "EUR")]
    [InlineData("до 2 млн руб. в год", 2000000, "RUB")]
    public async Task A_budget_figure_written_the_russian_or_polish_way_is_found(string text, decimal amount, string currency)
    {
        Assert.Equal(new Values.Money(amount, currency), (await Analyze(text)).Budget);
    }

    [Theory]
    [InlineData("ru", "Семейная пекарня с 1990 года, хотят открыть второй магазин")]
    [InlineData("ru", "Владелец сам подписывает договор")]
    [InlineData("pl", "Rodzinna piekarnia od 1990 roku, chcą otworzyć drugi sklep")]
    [InlineData("pl", "Właściciel sam podpisuje umowę")]
    public async Task Ordinary_answers_give_no_note(string language, string text)
    {
        using var culture = new UiCulture(language);

        var analysis = await Analyze(text);

        Assert.True(analysis.IsEmpty, string.Join(" | ", analysis.RedFlags.Concat(analysis.Stalls)));
    }
}
