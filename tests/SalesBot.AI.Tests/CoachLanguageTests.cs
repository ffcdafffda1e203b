using System.Globalization;
using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Values;
using SalesBot.Testing;

namespace SalesBot.AI.Tests;

/// <summary>
/// The coach in the user's language over the fake OpenAI server on loopback: every request tells the model the language
/// of the request (taken from the turn's culture), and a Russian or Polish reply is used or refused by the same checks
/// as an English one.
/// </summary>
public sealed class CoachLanguageTests : IAsyncLifetime
{
    private static readonly Owner Ann = new("contoso", "ann-id-42");
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<string, string, string, string> Summaries => new()
    {
        { "en", "English", "Took over the family bakery in 1990; budget 5 000 USD", "You took over the family bakery in 1990, with a budget of 5 000 USD." },
        { "ru", "Russian", "Взяли семейную пекарню в 1990 году; бюджет 5 000 ₽", "Вы взяли семейную пекарню в 1990 году, бюджет 5 000 ₽." },
        { "pl", "Polish", "Przejęli rodzinną piekarnię w 1990 roku; budżet 5 tys. zł", "Przejęli Państwo rodzinną piekarnię w 1990 roku, budżet to 5 tys. zł." },
    };

    [Theory]
    [MemberData(nameof(Summaries))]
    public async Task The_request_tells_the_model_the_users_language_and_a_grounded_reply_in_it_is_used(string language, string name, string answer, string point)
    {
        _server.Respond = c => FakeOpenAIServer.Completion(c, new { points = new[] { point } });
        await using var rig = CoachRig.For(_server);
        var request = InCulture(language, () => new SummaryRequest(Ann, "Acme", [new CoachFact("How did they start?", answer)]));

        var summary = await rig.Coach.SummarizeAsync(request, default);

        Assert.Equal(language, request.Language);
        Assert.Equal((CoachSource.Model, point), (summary.Source, Assert.Single(summary.Points)));
        var system = Assert.Single(_server.Requests).Messages[0].Content;
        Assert.Contains($"Write every text of the reply in {name} (language code {language})", system, StringComparison.Ordinal);
        Assert.DoesNotContain("plain English", system, StringComparison.Ordinal);
    }

    /// <summary>Each row: the same invention in the three languages; every one is refused and the template used instead.</summary>
    public static TheoryData<string, string, string> Inventions => new()
    {
        { "en", "Took over the family bakery; a team of 5 people", "You have a budget of 5k." },
        { "ru", "Взяли семейную пекарню; команда из 5 человек", "Ваш бюджет — 5 тыс. руб." },
        { "pl", "Przejęli rodzinną piekarnię; zespół 5 osób", "Pana budżet to 5 tys. zł." },
        { "en", "Took over the family bakery; a team of 5 people", "You want three new shops." },
        { "ru", "Взяли семейную пекарню; команда из 5 человек", "Вы хотите открыть три новых магазина." },
        { "pl", "Przejęli rodzinną piekarnię; zespół 5 osób", "Chce Pan otworzyć trzy nowe sklepy." },
        { "ru", "Взяли семейную пекарню; команда из 5 человек", "Вам нужно пять тысяч рублей." },
        { "pl", "Przejęli rodzinną piekarnię; zespół 5 osób", "Potrzebuje Pan pięciu tysięcy złotych." },
        { "en", "Took over the family bakery; a team of 5 people", "You bought it from Harrods." },
        { "ru", "Взяли семейную пекарню; команда из 5 человек", "Вы купили её у Пятёрочки." },
        { "pl", "Przejęli rodzinną piekarnię; zespół 5 osób", "Kupił ją Pan od Żabki." },
    };

    [Theory]
    [MemberData(nameof(Inventions))]
    public async Task A_reply_that_invents_an_amount_a_number_in_words_or_a_name_is_refused_in_every_language(string language, string answer, string point)
    {
        _server.Respond = c => FakeOpenAIServer.Completion(c, new { points = new[] { point } });
        await using var rig = CoachRig.For(_server);
        var request = InCulture(language, () => new SummaryRequest(Ann, "Acme", [new CoachFact("How did they start?", answer)]));

        var summary = await InCulture(language, () => rig.Coach.SummarizeAsync(request, default));

        Assert.Equal(CoachSource.Template, summary.Source);
        Assert.DoesNotContain(point, summary.Points);
        Assert.Contains("was rejected", rig.Logs.All(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, decimal> Budgets => new()
    {
        { "en", "maybe eight grand if the shop is included", "eight grand", 8000m },
        { "ru", "может, восемь тысяч, если с магазином", "восемь тысяч", 8000m },
        { "pl", "może osiem tysięcy, jeśli ze sklepem", "osiem tysięcy", 8000m },
        { "ru", "около 8 тыс. руб. вместе с магазином", "8 тыс. руб.", 8000m },
        { "pl", "około 8 tys. zł razem ze sklepem", "8 tys. zł", 8000m },
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public async Task A_budget_quoted_in_words_or_local_forms_is_taken_in_every_language(string language, string answer, string quote, decimal amount)
    {
        _server.Respond = c => FakeOpenAIServer.Completion(c, new { redFlags = Array.Empty<object>(), stalls = Array.Empty<object>(), budget = new { amount, currency = "EUR", quote } });
        await using var rig = CoachRig.For(_server);
        var request = InCulture(language, () => new AnswerAnalysisRequest(Ann, "What budget does {prospect} have in mind?", answer, true, "EUR"));

        var analysis = await rig.Coach.AnalyzeAnswerAsync(request, default);

        Assert.Equal((CoachSource.Model, new Money(amount, "EUR")), (analysis.Source, analysis.Budget));
        Assert.Contains($"in {CoachPrompts.LanguageName(language)} (language code {language})", Assert.Single(_server.Requests).Messages[0].Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "we need more time to think", "Propose a concrete next step.", "Stall (\"we need more time to think\"): Propose a concrete next step.")]
    [InlineData("ru", "нам нужно подумать", "Предложите конкретный следующий шаг.", "Затягивание («нам нужно подумать»): Предложите конкретный следующий шаг.")]
    [InlineData("pl", "musimy się zastanowić", "Zaproponuj konkretny następny krok.", "Zwlekanie („musimy się zastanowić”): Zaproponuj konkretny następny krok.")]
    public async Task A_stall_the_model_found_is_labelled_in_the_users_language(string language, string quote, string note, string expected)
    {
        _server.Respond = c => FakeOpenAIServer.Completion(c, new { redFlags = Array.Empty<object>(), stalls = new[] { new { quote, note } }, budget = (object?)null });
        await using var rig = CoachRig.For(_server);
        var request = InCulture(language, () => new AnswerAnalysisRequest(Ann, "Next step?", "Они сказали: " + quote, false, "EUR"));

        var analysis = await InCulture(language, () => rig.Coach.AnalyzeAnswerAsync(request, default));

        Assert.Equal((CoachSource.Model, expected), (analysis.Source, Assert.Single(analysis.Stalls)));
    }

    [Theory]
    [InlineData("en", "about eight hundred euros")]
    [InlineData("ru", "около восьмисот евро")]
    [InlineData("pl", "około ośmiuset euro")]
    public async Task A_budget_quote_that_is_in_the_answer_but_names_no_amount_is_refused_in_every_language(string language, string answer)
    {
        var noAmount = answer.Split(' ')[^1];
        _server.Respond = c => FakeOpenAIServer.Completion(c, new { redFlags = Array.Empty<object>(), stalls = Array.Empty<object>(), budget = new { amount = 800, currency = "EUR", quote = noAmount } });
        await using var rig = CoachRig.For(_server);
        var request = InCulture(language, () => new AnswerAnalysisRequest(Ann, "Budget?", answer, true, "EUR"));

        var analysis = await InCulture(language, () => rig.Coach.AnalyzeAnswerAsync(request, default));

        Assert.Equal(CoachSource.Template, analysis.Source);
        Assert.Contains("the budget is not quoted from the answer", rig.Logs.All(), StringComparison.Ordinal);
    }

    private static T InCulture<T>(string language, Func<T> make)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return make();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
