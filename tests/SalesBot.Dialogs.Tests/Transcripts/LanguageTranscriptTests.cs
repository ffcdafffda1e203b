namespace SalesBot.Dialogs.Tests.Transcripts;

/// <summary>
/// A Russian and a Polish user go through screen → qualify → needs → engage in their language, answering the way they
/// would type; the same answers give the same stored values and the same verdicts as in English.
/// </summary>
public sealed class LanguageTranscriptTests
{

    private static TestFlow FlowIn(TestBot bot, string locale, string user = "ann") => new(bot, bot.Flow(user).Turn with { Locale = locale });

    [Fact]
    public async Task A_russian_user_is_coached_in_russian_from_screen_to_engage()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = FlowIn(bot, "ru-RU")
            .Send("screen Acme")
            .AssertReply("Новая сделка: **Acme**")
            .AssertReply("**Отбор")
            .AssertQuestion(1, 3, "Клиент настроен на проект всерьёз?")
            .Send("да - владелец сам написал").AssertReply("Записано: да (владелец сам написал)").AssertQuestion(2, 3, "Мои цены начинаются от 5\u00A0000 RUB.")
            .Send("да").AssertReply("Записано: да").AssertQuestion(3, 3, "Как Acme вас нашёл?")
            .Send("по рекомендации")
            .AssertReply("Отбор пройден")
            .IgnoreReplies()

            .Send("qualify Acme").AssertReply("**Квалификация").AssertQuestion(1, 10, "Клиенту нужно то, что вы делаете?")
            .Send("да").AssertReply("Записано: да").AssertQuestion(2, 10)
            .Send("да").AssertReply("Записано: да").AssertQuestion(3, 10)
            .Send("да").AssertReply("Записано: да").AssertQuestion(4, 10)
            .Send("да").AssertReply("Записано: да").AssertQuestion(5, 10, "На какой бюджет рассчитывает Acme?")
            .Send("8 тыс. руб.").AssertReply("Записано: 8").AssertQuestion(6, 10, "К какому сроку")
            .Send("1 марта").AssertReply("Записано: пн, 1 мар").AssertQuestion(7, 10)
            .Send("да").AssertReply("Записано: да").AssertQuestion(8, 10)
            .Send("да - владелец подписывает").AssertReply("Записано: да (владелец подписывает)").AssertQuestion(9, 10)
            .Send("да").AssertReply("Записано: да").AssertQuestion(10, 10, "интуиция")
            .Send("Хорошее")
            .AssertReply("Квалификация пройдена")
            .AssertReply("Вердикт: **квалифицирован**")
            .IgnoreReplies()

            .Send("needs Acme").AssertReply("**Анализ потребностей").AssertQuestion(1, 7, "Как клиент пришёл в эту отрасль?")
            .AnswerAll(["Семейная пекарня с 1990 года", "Открыть ещё две точки", "Заказы онлайн", "Никто не разбирается в сайтах", "На 30%"])
            .Send("да").IgnoreReplies()
            .Send("да")
            .AssertEventually("Анализ потребностей закончен")
            .IgnoreReplies()

            .Send("engage Acme").AssertReply("**Согласие").AssertReply("Семейная пекарня с 1990 года").AssertQuestion(1, 6, "Вы подвели для клиента итог")
            .AnswerAll(["да", "ничего"])
            .Send("да").IgnoreReplies()
            .Send("да").IgnoreReplies()
            .Send("вчера").AssertReply("Записано: вс, 22 нояб. 2026").AssertEventually("Клиент согласился с ценой?")
            .Send("да")
            .AssertEventually("Согласие получено")
            .IgnoreReplies();
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        var answers = await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default);
        Assert.Equal("8000 RUB", answers.Single(a => a.QuestionId == "budget").Value);
        Assert.Equal("2027-03-01", answers.Single(a => a.QuestionId == "deadline").Value);
        Assert.Equal("2026-11-22", answers.Single(a => a.QuestionId == "estimate-sent").Value);
        Assert.Equal("good", answers.Single(a => a.QuestionId == "gut").Value);
        Assert.Equal(("yes", "владелец подписывает"), answers.Single(a => a.QuestionId == "decision-maker") is var d ? (d.Value, d.Note) : default);
    }

    [Fact]
    public async Task A_polish_user_is_coached_in_polish_from_screen_to_engage()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = FlowIn(bot, "pl-PL")
            .Send("screen Acme")
            .AssertReply("Nowa transakcja: **Acme**")
            .AssertReply("**Selekcja")
            .AssertQuestion(1, 3, "Czy poważnie myślą o projekcie?")
            .Send("tak").AssertReply("Zapisano: tak").AssertQuestion(2, 3, "Moje ceny zaczynają się od 5\u00A0000 PLN.")
            .Send("tak").AssertReply("Zapisano: tak").AssertQuestion(3, 3, "Jak Acme cię znalazł?")
            .Send("z polecenia")
            .AssertReply("Selekcja zakończona")
            .IgnoreReplies()

            .Send("qualify Acme").AssertReply("**Kwalifikacja").AssertQuestion(1, 10, "Czy potrzebują tego, co dostarczasz?")
            .Send("tak").AssertReply("Zapisano: tak").AssertQuestion(2, 10)
            .Send("tak").AssertReply("Zapisano: tak").AssertQuestion(3, 10)
            .Send("tak").AssertReply("Zapisano: tak").AssertQuestion(4, 10)
            .Send("tak").AssertReply("Zapisano: tak").AssertQuestion(5, 10, "Jaki budżet ma na myśli Acme?")
            .Send("8 tys. zł").AssertReply("Zapisano: 8").AssertQuestion(6, 10, "Na kiedy")
            .Send("1 marca").AssertReply("Zapisano: pon., 1 mar").AssertQuestion(7, 10)
            .Send("tak").AssertReply("Zapisano: tak").AssertQuestion(8, 10)
            .Send("tak - szef podpisuje").AssertReply("Zapisano: tak (szef podpisuje)").AssertQuestion(9, 10)
            .Send("tak").AssertReply("Zapisano: tak").AssertQuestion(10, 10, "intuicja")
            .Send("Dobre")
            .AssertReply("Kwalifikacja zakończona")
            .AssertReply("Werdykt: **zakwalifikowany**")
            .IgnoreReplies()

            .Send("needs Acme").AssertReply("**Analiza potrzeb").AssertQuestion(1, 7, "Jak zaczęli w tej branży?")
            .AnswerAll(["Rodzinna piekarnia od 1990", "Dwa nowe sklepy", "Zamówienia online", "Nikt nie zna się na stronach", "O 30%"])
            .Send("tak").IgnoreReplies()
            .Send("tak")
            .AssertEventually("Analiza potrzeb zakończona")
            .IgnoreReplies()

            .Send("engage Acme").AssertReply("**Domknięcie").AssertReply("Rodzinna piekarnia od 1990").AssertQuestion(1, 6, "Czy rozmowa została im podsumowana w całości?")
            .AnswerAll(["tak", "nic"])
            .Send("tak").IgnoreReplies()
            .Send("tak").IgnoreReplies()
            .Send("wczoraj").AssertReply("Zapisano: niedz., 22 lis 2026").AssertEventually("Czy zgodzili się na cenę?")
            .Send("tak")
            .AssertEventually("Domknięte")
            .IgnoreReplies();
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        var answers = await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default);
        Assert.Equal("8000 PLN", answers.Single(a => a.QuestionId == "budget").Value);
        Assert.Equal("2027-03-01", answers.Single(a => a.QuestionId == "deadline").Value);
        Assert.Equal("good", answers.Single(a => a.QuestionId == "gut").Value);
    }

    [Theory]
    [InlineData("8000")]
    [InlineData("2000")]
    [InlineData("300")]
    public async Task The_same_answers_give_the_same_verdict_and_stored_values_in_english_russian_and_polish(string budget)
    {
        await using var bot = await TestBot.StartAsync();
        var runs = new (string Locale, string User, string[] Answers)[]
        {
            ("en-US", "en", ["yes", "no - in-house staff", "not sure", "yes", budget + " USD", "1 Mar 2027", "yes", "no", "yes", "Unsure"]),
            ("ru-RU", "ru", ["да", "нет - свой отдел", "не знаю", "да", budget + " USD", "1 марта 2027", "да", "нет", "да", "Сомневаюсь"]),
            ("pl-PL", "pl", ["tak", "nie - mają własny dział", "nie wiem", "tak", budget + " USD", "1 marca 2027", "tak", "nie", "tak", "Nie wiem"]),
        };
        var stored = new List<string>();
        var verdicts = new List<string>();
        foreach (var (locale, user, answers) in runs)
        {
            var flow = FlowIn(bot, locale, user)
                .Send("settings price 5000 USD").IgnoreReplies()
                .Send("qualify Acme").IgnoreReplies()
                .AnswerAll(answers.SkipLast(1))
                .Send(answers[^1]).IgnoreReplies()
                .Send("deal Acme")
                .AssertReply<Core.Conversations.DealReply>(d => verdicts.Add(d.Deal.Judgement is { } j
                    ? $"{j.Verdict} {j.Score} {j.Answered}/{j.Total} {string.Join(",", j.Flags.Select(f => f.RuleId))} {d.Deal.NextStep.Command}"
                    : ""));
            await flow.StartTestAsync();

            var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
            var recorded = await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default);
            stored.Add(string.Join(", ", recorded.OrderBy(a => a.QuestionId, StringComparer.Ordinal).Select(a => $"{a.QuestionId}={a.Value}")));
        }

        Assert.NotEqual("", verdicts[0]);
        Assert.Equal(verdicts[0], verdicts[1]);
        Assert.Equal(verdicts[0], verdicts[2]);
        Assert.Equal(stored[0], stored[1]);
        Assert.Equal(stored[0], stored[2]);
    }

    [Fact]
    public async Task Settings_language_overrides_the_channel_locale_and_is_stored()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("settings language pl")
            .AssertReply("Język: **polski**")
            .Send("qualify Acme").AssertReply("Nowa transakcja").AssertReply("**Kwalifikacja").AssertQuestion(1, 10, "Czy potrzebują tego, co dostarczasz?")
            .Send("cancel").IgnoreReplies()
            .Send("settings language en")
            .AssertReply("Language: **English**")
            .Send("qualify Acme").IgnoreReplies()
            .Send("settings language klingon")
            .AssertReply("Say `settings language en`");
        await flow.StartTestAsync();

        var profile = await bot.Store.GetProfileAsync(flow.Turn.Owner, default);
        Assert.Equal("en", profile!.Locale);
    }

    [Fact]
    public async Task An_english_user_keeps_the_english_playbook_and_usd()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("screen Acme").IgnoreReplies()
            .Send("да")
            .AssertReply("Recorded: yes")
            .AssertQuestion(2, 3, "My prices start at 5,000 USD.")
            .StartTestAsync();
    }
}
