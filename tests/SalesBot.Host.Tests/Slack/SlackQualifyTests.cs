using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Core.Channels;

namespace SalesBot.Host.Tests.Slack;

/// <summary>
/// A whole qualification in Slack, end to end: real Host on Kestrel, signed requests, the fake Slack Web API on loopback.
/// The user starts with /salesbot qualify Acme, answers yes/no and choice questions with the buttons and types amounts and dates in the DM.
/// </summary>
public sealed class SlackQualifyTests(SlackHost host) : IClassFixture<SlackHost>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task QualifyingAcme_WithSlashCommandButtonsAndDmReplies_AsksEveryQuestionWithButtons_UpdatesAnsweredOnes_AndEndsWithTheVerdict()
    {
        var user = host.User();

        using var ack = await user.CommandAsync("qualify Acme");

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("", await ack.Content.ReadAsStringAsync());
        await host.IdleAsync();
        var opening = Posts(user);
        Assert.Equal(3, opening.Count);
        Assert.Equal("New deal: Acme.", opening[0].Str("text"));
        Assert.StartsWith("Qualify: Acme", opening[1].Str("text"), StringComparison.Ordinal);

        for (var n = 1; n <= 10; n++)
        {
            var step = QualifyScript.Steps[n - 1];
            var question = Posts(user)[^1];
            AssertQuestion(question, n, step);
            var before = Posts(user).Count;
            // Quick picks for yes/no and choices; money and the date go into the message's own inputs and its Submit.
            using var answer = step.Choices.Count > 0 ? await user.ClickAsync(question, step.Say) : await user.SubmitAsync(question, Filled(question, step));
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            await host.IdleAsync();

            var update = Assert.Single(host.Slack.Of("chat.update"), u => u.Str("ts") == question.Ts);
            Assert.Equal(user.Dm, update.Channel);
            Assert.Empty(update.Buttons);
            Assert.DoesNotContain(update.Blocks, b => (string?)b!["type"] == "input");
            Assert.Contains(step.Text, update.AllText, StringComparison.Ordinal);
            Assert.Contains($"Answered: *{step.Say}*", update.AllText, StringComparison.Ordinal);

            Assert.True(Posts(user).Count > before, $"No reply after answering question {n}.");
            Assert.DoesNotContain(Posts(user).Skip(before), p => p.AllText.Contains("Red flag", StringComparison.Ordinal));
        }

        var closing = Posts(user).TakeLast(3).Select(p => p.AllText).ToList();
        Assert.Contains(closing, t => t.StartsWith("Qualification done.", StringComparison.Ordinal));
        Assert.Contains(closing, t => t.Contains("Verdict: *qualified*", StringComparison.Ordinal));
        Assert.Contains(closing, t => t.Contains("*Next step:* Screen:", StringComparison.Ordinal) && t.Contains("`screen Acme`", StringComparison.Ordinal));

        var deal = Assert.Single(await host.Store.ListDealsAsync(user.Owner, Ct));
        Assert.True(deal.HasCompleted("qualify"));
        var answers = await host.Store.GetAnswersAsync(user.Owner, deal.Id, Ct);
        Assert.Equal(
            QualifyScript.Steps.Select(s => (s.QuestionId, s.Stored)).OrderBy(a => a.QuestionId),
            answers.Select(a => (a.QuestionId, a.Value)).OrderBy(a => a.QuestionId));
        Assert.All(answers, a => Assert.Equal("Pat " + user.UserId, a.RecordedBy));

        var address = await host.Channels.GetAddressAsync(user.Owner, "slack", Ct);
        Assert.NotNull(address);
        Assert.Equal(("Europe/Warsaw", "en-US", true), (address.TimeZone, address.Locale, address.Reachable));
        var reference = JsonNode.Parse(address.Reference)!;
        Assert.Equal((user.TeamId, user.UserId, user.Dm), (reference["team_id"]!.GetValue<string>(), reference["user_id"]!.GetValue<string>(), reference["dm_channel_id"]!.GetValue<string>()));

        var mine = host.Slack.Calls.Where(c => c.Channel == user.Dm).ToList();
        Assert.All(mine, c => Assert.Equal(SlackHost.BotToken, c.Token));
    }

    [Fact]
    public async Task TypingAnAnswerToAButtonQuestion_UpdatesThatQuestionToShowTheReply_AndRemovesItsButtons()
    {
        var user = host.User();
        await user.CommandAsync("qualify Globex");
        await host.IdleAsync();
        var question = Posts(user)[^1];
        Assert.NotEmpty(question.Buttons);

        await user.DmAsync("no - they use in-house staff");
        await host.IdleAsync();

        var update = Assert.Single(host.Slack.Of("chat.update"), u => u.Str("ts") == question.Ts);
        Assert.Empty(update.Buttons);
        Assert.Contains("You replied: *no - they use in-house staff*", update.AllText, StringComparison.Ordinal);
        Assert.Contains("Question 2 of 10 in Qualify for Globex", Posts(user)[^1].AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClickingTheSameAnswerTwice_RecordsItOnce_AndTellsTheUserItWasAlreadyAnswered()
    {
        var user = host.User();
        await user.CommandAsync("qualify Initech");
        await host.IdleAsync();
        var question = Posts(user)[^1];

        await user.ClickAsync(question, "yes");
        await user.ClickAsync(question, "no");
        await host.IdleAsync();

        var deal = Assert.Single(await host.Store.ListDealsAsync(user.Owner, Ct));
        var answer = Assert.Single(await host.Store.GetAnswersAsync(user.Owner, deal.Id, Ct));
        Assert.Equal(("need", "yes"), (answer.QuestionId, answer.Value));
        var note = Assert.Single(host.Slack.Of("chat.postEphemeral"), e => e.Str("user") == user.UserId);
        Assert.Contains("already answered", note.AllText, StringComparison.Ordinal);
        Assert.Contains("Question 2 of 10", Posts(user)[^1].AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashCommandInAPublicChannel_IsAnsweredEphemerallyThere_AndTheCoachingGoesToTheDm_NeverToTheChannel()
    {
        var user = host.User();

        using var ack = await user.CommandAsync("qualify Umbrella", channel: "C0SALES");

        var body = JsonNode.Parse(await ack.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", body["response_type"]!.GetValue<string>());
        Assert.Contains("direct messages", body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        await host.IdleAsync();
        Assert.Contains("Question 1 of 10 in Qualify for Umbrella", Posts(user)[^1].AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Slack.Calls, c => c.Channel == "C0SALES");
    }

    [Fact]
    public async Task SlashCommandInAnotherPersonsDm_PointsToTheBotDm_ThroughTheResponseUrl()
    {
        var user = host.User();
        var responseUrl = host.Slack.ResponseUrl();

        using var ack = await user.CommandAsync("deals", channel: "D0SOMEONEELSE", responseUrl: responseUrl);

        Assert.Equal("", await ack.Content.ReadAsStringAsync());
        await host.IdleAsync();
        var hook = Assert.Single(host.Slack.Of("response_url"), h => h.Str("hook") == responseUrl.Segments[^1]);
        Assert.Equal("ephemeral", hook.Str("response_type"));
        Assert.Contains("direct messages", hook.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Slack.Calls, c => c.Channel == "D0SOMEONEELSE");
        Assert.Contains("No deals yet", Posts(user)[^1].AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClickOnAnOlderQuestionAfterTypingTheAnswer_IsRefused_AndDoesNotAnswerTheCurrentQuestion()
    {
        var user = host.User();
        await user.CommandAsync("qualify Soylent");
        await host.IdleAsync();
        var first = Posts(user)[^1];
        await user.DmAsync("yes");
        await host.IdleAsync();

        await user.ClickAsync(first, "no");
        await host.IdleAsync();

        var deal = Assert.Single(await host.Store.ListDealsAsync(user.Owner, Ct));
        var answer = Assert.Single(await host.Store.GetAnswersAsync(user.Owner, deal.Id, Ct));
        Assert.Equal(("need", "yes"), (answer.QuestionId, answer.Value));
        Assert.Contains(host.Slack.Of("chat.postEphemeral"), e => e.Str("user") == user.UserId && e.AllText.Contains("already answered", StringComparison.Ordinal));
        Assert.Contains("Question 2 of 10", Posts(user)[^1].AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MentionInAChannel_GetsAnEphemeralPointerThere_AndTheAnswerInTheDm()
    {
        var user = host.User();

        using var ack = await user.EventAsync(user.Callback(new JsonObject
        {
            ["type"] = "app_mention", ["channel"] = "C0GENERAL", ["user"] = user.UserId, ["text"] = "<@UBOTSALES> deals", ["ts"] = "1700000999.000001",
        }));
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var pointer = Assert.Single(host.Slack.Of("chat.postEphemeral"), e => e.Str("user") == user.UserId);
        Assert.Equal("C0GENERAL", pointer.Channel);
        Assert.Contains("direct messages", pointer.AllText, StringComparison.Ordinal);
        Assert.Contains("No deals yet", Assert.Single(Posts(user)).AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Slack.Of("chat.postMessage"), p => p.Channel == "C0GENERAL");
    }

    [Fact]
    public async Task SlackRateLimitingAMessage_IsWaitedOutWithRetryAfter_AndTheMessageStillArrivesInOrder()
    {
        var user = host.User();
        await user.CommandAsync("deals");
        await host.IdleAsync();
        host.Slack.ScriptRateLimit("chat.postMessage", 1);

        await user.CommandAsync("qualify Wonka");
        await host.IdleAsync(advanceClock: TimeSpan.FromMilliseconds(50));

        var attempts = host.Slack.Of("chat.postMessage").Where(p => p.Channel == user.Dm).Skip(1).ToList();
        Assert.Equal("New deal: Wonka.", attempts[0].Str("text"));
        Assert.Equal("New deal: Wonka.", attempts[1].Str("text"));
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(1), $"Retried after {(attempts[1].At - attempts[0].At).TotalMilliseconds} ms.");
        Assert.StartsWith("Qualify: Wonka", attempts[2].Str("text"), StringComparison.Ordinal);
        Assert.Contains("Question 1 of 10 in Qualify for Wonka", attempts[^1].AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlackSayingTheUserIsGone_MarksTheirAddressUnreachable_ForNudges()
    {
        var user = host.User();
        await user.CommandAsync("deals");
        await host.IdleAsync();
        Assert.True((await host.Channels.GetAddressAsync(user.Owner, "slack", Ct))!.Reachable);
        host.Slack.Script("chat.postMessage", new JsonObject { ["ok"] = false, ["error"] = "user_disabled" });

        await user.CommandAsync("deals");
        await host.IdleAsync();

        var address = await host.Channels.GetAddressAsync(user.Owner, "slack", Ct);
        Assert.False(address!.Reachable);
        Assert.Equal("user_disabled", address.UnreachableReason);
    }

    [Theory]
    [InlineData("", "The process:")]
    [InlineData("help", "The process:")]
    [InlineData("frobnicate the widgets", "I don't know \"frobnicate the widgets\"")]
    public async Task SlashSalesbotAloneHelpOrUnknownWords_AnswerWithHelp(string text, string expected)
    {
        var user = host.User();

        await user.CommandAsync(text);
        await host.IdleAsync();

        Assert.Contains(expected, Assert.Single(Posts(user)).AllText, StringComparison.Ordinal);
        Assert.Empty(await host.Store.ListDealsAsync(user.Owner, Ct));
    }

    [Fact]
    public async Task Export_UploadsTheCsvAndJsonIntoTheDm_WithTheFilesUploadFlow()
    {
        var user = host.User();
        await user.CommandAsync("qualify Hooli");
        await user.CommandAsync("export");
        await host.IdleAsync();

        var complete = await host.Slack.WaitForAsync(c => c.Method == "files.completeUploadExternal" && c.Channel == user.Dm, "files.completeUploadExternal");
        var files = JsonNode.Parse(complete.Str("files")!)!.AsArray();
        Assert.Equal(2, files.Count);
        var ids = files.Select(f => f!["id"]!.GetValue<string>()).ToList();
        var uploads = host.Slack.Of("upload").Where(u => ids.Contains(u.Str("file_id") ?? "")).ToList();
        Assert.Equal(2, uploads.Count);
        Assert.Contains(uploads, u => u.Str("content")!.StartsWith("prospect,stage,status", StringComparison.Ordinal) && u.Str("content")!.Contains("Hooli", StringComparison.Ordinal));
        var json = Assert.Single(uploads, u => u.Str("content")!.StartsWith('{'));
        Assert.Equal("Hooli", JsonDocument.Parse(json.Str("content")!).RootElement.GetProperty("deals")[0].GetProperty("prospect").GetString());
        Assert.Contains(files, f => f!["title"]!.GetValue<string>().EndsWith(".csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DealView_IsBlockKitWithAButtonForTheNextStep_AndPressingItRunsIt()
    {
        var user = host.User();
        await user.CommandAsync("screen Vandelay");
        await host.IdleAsync();
        await user.CommandAsync("cancel");
        await user.CommandAsync("deal Vandelay");
        await host.IdleAsync();

        var view = Posts(user)[^1];
        Assert.Equal("header", view.Blocks[0]!["type"]!.GetValue<string>());
        Assert.Equal("Vandelay", view.Blocks[0]!["text"]!["text"]!.GetValue<string>());
        var next = view.Buttons.First(b => b["action_id"]!.GetValue<string>() == "run_command");
        await user.ClickAsync(view, next["value"]!.GetValue<string>());
        await host.IdleAsync();

        Assert.Contains("Vandelay", Posts(user)[^1].AllText, StringComparison.Ordinal);
        Assert.NotEqual(view.Ts, Posts(user)[^1].Ts);
    }

    private List<FakeSlackCall> Posts(SlackUser user) =>
        host.Slack.Of("chat.postMessage").Where(c => c.Channel == user.Dm).ToList();

    private static void AssertQuestion(FakeSlackCall question, int n, QualifyStep step)
    {
        Assert.Contains($"Question {n} of 10 in Qualify for Acme", question.AllText, StringComparison.Ordinal);
        Assert.Contains(step.Text, question.AllText, StringComparison.Ordinal);
        Assert.StartsWith($"Question {n} of 10 in Qualify for Acme: ", question.Str("text"), StringComparison.Ordinal);
        var quickPicks = question.Buttons.Where(b => (string?)b["action_id"] != "answer_submit").ToList();
        Assert.Equal(step.Choices, quickPicks.Select(b => b["value"]!.GetValue<string>()));
        Assert.Equal(step.Choices, quickPicks.Select(b => b["text"]!["text"]!.GetValue<string>()));
    }

    /// <summary>The state.values Slack sends when the money or date input of the question is filled the way the step answers.</summary>
    private static JsonObject Filled(FakeSlackCall question, QualifyStep step)
    {
        var inputs = question.Blocks.Where(b => (string?)b!["type"] == "input").Select(b => b!["element"]!).ToList();
        var values = new JsonObject();
        foreach (var element in inputs)
        {
            var id = (string)element["action_id"]!;
            var type = (string)element["type"]!;
            JsonNode? value = (type, id) switch
            {
                ("number_input", _) => new JsonObject { ["type"] = type, ["value"] = step.Say.Split(' ')[0] },
                ("static_select", _) => new JsonObject { ["type"] = type, ["selected_option"] = new JsonObject { ["value"] = step.Say.Split(' ')[1] } },
                ("datepicker", _) => new JsonObject { ["type"] = type, ["selected_date"] = step.Say },
                _ => null,
            };
            if (value is not null)
            {
                values[id] = new JsonObject { [id] = value };
            }
        }

        Assert.NotEmpty(values);
        return values;
    }
}
