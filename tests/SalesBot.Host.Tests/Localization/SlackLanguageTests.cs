using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Host.Tests.Slack;

namespace SalesBot.Host.Tests.Localization;

/// <summary>
/// A Russian and a Polish Slack user (users.info says ru-RU / pl-PL) over the fake Slack Web API on loopback: the App
/// Home, the "Start coaching" modal and the whole of screen → qualify → needs → engage come in their language; yes/no
/// and choices are answered with the message's buttons, the rest typed in the DM.
/// </summary>
public sealed class SlackLanguageTests : IAsyncLifetime
{
    private SlackHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackHost.StartAsync(new Dictionary<string, string?>(LanguageScript.Unlimited)
    {
        ["Slack:SigningSecret"] = SlackHost.SigningSecret,
        ["Slack:BotToken"] = SlackHost.BotToken,
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("ru", "Начать коучинг", "Выбран ответ:")]
    [InlineData("pl", "Rozpocznij coaching", "Wybrana odpowiedź:")]
    public async Task A_seller_goes_through_screen_qualify_needs_and_engage_in_their_slack_language(string language, string start, string answered)
    {
        var script = LanguageScript.For(language);
        var user = _host.User();
        _host.Slack.Locales[user.UserId] = script.Locale;

        using (var home = await user.HomeOpenedAsync())
        {
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }

        await _host.IdleAsync();
        var view = _host.Slack.Of("views.publish")[^1];
        Assert.Contains(start, view.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Start coaching", view.AllText, StringComparison.Ordinal);

        using (var click = await user.ClickHomeAsync("start_flow", "start"))
        {
            Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        }

        await _host.IdleAsync();
        var modal = _host.Slack.Of("views.open")[^1];
        Assert.Contains(start, modal.AllText, StringComparison.Ordinal);
        Assert.Contains(language == "ru" ? "Квалификация" : "Kwalifikacja", modal.AllText, StringComparison.Ordinal);

        var clicks = 0;
        foreach (var flow in script.Flows)
        {
            using (var command = await user.CommandAsync(flow.Command))
            {
                Assert.Equal(HttpStatusCode.OK, command.StatusCode);
            }

            await _host.IdleAsync();
            if (flow == script.Flows[0])
            {
                Assert.Contains(script.FirstProgress, Posts(user)[^1].AllText, StringComparison.Ordinal);
            }

            foreach (var answer in flow.Answers)
            {
                    var question = Posts(user)[^1];
                var button = question.Buttons.FirstOrDefault(b => b["text"]?["text"]?.GetValue<string>() == answer);
                using (var sent = button is not null ? await user.ClickAsync(question, button["value"]!.GetValue<string>()) : await user.DmAsync(answer))
                {
                    Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
                }

                clicks += button is null ? 0 : 1;
                await _host.IdleAsync();
            }
        }

        var transcript = string.Join("\n", Posts(user).Select(p => p.AllText));
        foreach (var expected in script.Done.Prepend(script.ReadyQuestion))
        {
            Assert.True(transcript.Contains(expected, StringComparison.Ordinal), $"No \"{expected}\" in the transcript:\n{transcript}");
        }

        Assert.True(clicks >= 16, $"Only {clicks} answers went through the buttons.");
        var updates = _host.Slack.Of("chat.update").Where(u => u.Channel == user.Dm).Select(u => u.AllText).ToList();
        Assert.Contains(updates, u => u.Contains(answered, StringComparison.Ordinal));
        Assert.DoesNotContain(updates, u => u.Contains("Answered:", StringComparison.Ordinal) || u.Contains("You replied", StringComparison.Ordinal));
        var deal = Assert.Single(await _host.Store.ListDealsAsync(user.Owner, default));
        Assert.True(deal.HasCompleted("engage"));
    }

    [Theory]
    [InlineData("ru", "en-US", "Выбран ответ:", "Вы написали:", "личных сообщениях")]
    [InlineData("pl", "ru-RU", "Wybrana odpowiedź:", "Napisano w czacie:", "wiadomościach bezpośrednich")]
    public async Task TheChosenLanguage_OverSlacksLocale_WritesTheAnsweredLinesAndTheAcks_EvenAfterTheUserIsForgotten(
        string language, string slackLocale, string answered, string replied, string inDm)
    {
        var user = _host.User();
        _host.Slack.Locales[user.UserId] = slackLocale;
        using (var settings = await user.DmAsync("settings language " + language))
        {
            Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        }

        await _host.IdleAsync();
        using (var command = await user.CommandAsync("qualify Acme"))
        {
            Assert.Equal(HttpStatusCode.OK, command.StatusCode);
        }

        await _host.IdleAsync();
        var question = Posts(user)[^1];
        using (var click = await user.ClickAsync(question, question.Buttons[0]["value"]!.GetValue<string>()))
        {
            Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        }

        await _host.IdleAsync();
        var next = Posts(user)[^1];
        using (var typed = await user.DmAsync(language == "ru" ? "не знаю" : "nie wiem"))
        {
            Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
        }

        await _host.IdleAsync();
        var clickedUpdate = Assert.Single(_host.Slack.Of("chat.update"), u => u.Str("ts") == question.Ts);
        var typedUpdate = Assert.Single(_host.Slack.Of("chat.update"), u => u.Str("ts") == next.Ts);
        Assert.Contains(answered, clickedUpdate.AllText, StringComparison.Ordinal);
        Assert.Contains(replied, typedUpdate.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Answered:", clickedUpdate.AllText + typedUpdate.AllText, StringComparison.Ordinal);

        // As on another instance or after a restart: nothing of users.info is cached; the store still knows the language.
        _host.Services.GetRequiredService<SalesBot.Slack.Processing.UserDirectory>().Forget(SalesBot.Slack.Installs.SlackTenant.From(user.TeamId, null, false)!, user.UserId);
        using var ack = await user.CommandAsync("deals", channel: "C0SALES");
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var note = System.Text.Json.Nodes.JsonNode.Parse(await ack.Content.ReadAsStringAsync())!["text"]!.GetValue<string>();
        Assert.Contains(inDm, note, StringComparison.Ordinal);
        await _host.IdleAsync();
    }

    private List<FakeSlackCall> Posts(SlackUser user) => [.. _host.Slack.Of("chat.postMessage").Where(p => p.Channel == user.Dm)];
}
