using System.Text.Json;
using SalesBot.Slack.Processing;

namespace SalesBot.Slack.Tests.Interactivity;

public sealed class InteractionAcceptorTests
{
    private readonly SlackRig _rig = new();

    [Fact]
    public async Task AnswerButton_BecomesTheClickersTurn_WithTheValueAsText_AndTheClickedMessage()
    {
        var ack = await _rig.Interactions.AcceptAsync(Click("answer_0", "yes"), null, default);

        Assert.Equal(200, ack.StatusCode);
        var turn = Assert.IsType<TurnJob>(Assert.Single(_rig.Drain()));
        Assert.Equal(("T1", "U1", "yes", TurnSource.AnswerButton), (turn.Tenant.TenantId, turn.UserId, turn.Text, turn.Source));
        Assert.Equal(("D1", "1700000000.000100"), (turn.Clicked!.Channel, turn.Clicked.Ts));
        Assert.Equal("section", turn.Clicked.Blocks[0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task IdentityComesFromThePayloadUser_NeverFromTheButtonValue()
    {
        await _rig.Interactions.AcceptAsync(Click("open_deal", "Acme\",\"user\":{\"id\":\"U2\"}", user: "U1", team: "T1"), null, default);
        await _rig.Interactions.AcceptAsync(Click("run_command", "deal Acme", user: "U3", team: "T2"), null, default);

        var turns = _rig.Drain().Cast<TurnJob>().OrderBy(t => t.UserId).ToList();
        Assert.Equal(("T1", "U1"), (turns[0].Tenant.TenantId, turns[0].UserId));
        Assert.Equal("deal Acme\",\"user\":{\"id\":\"U2\"}", turns[0].Text);
        Assert.Equal(("T2", "U3", "deal Acme"), (turns[1].Tenant.TenantId, turns[1].UserId, turns[1].Text));
    }

    [Theory]
    [InlineData("v0=5f0c2a9b81d3e4f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e")]
    [InlineData(null)] // Socket Mode: no signature, the trigger_id alone
    public async Task TheSameClickAcceptedAgain_AReplay_IsAcknowledged_ButQueuedOnce(string? signature)
    {
        var first = await _rig.Interactions.AcceptAsync(Click("run_command", "log Acme call left voicemail"), signature, default);
        var replay = await _rig.Interactions.AcceptAsync(Click("run_command", "log Acme call left voicemail"), signature?.ToUpperInvariant().Replace("V0=", "v0=", StringComparison.Ordinal), default);

        Assert.Equal((200, 200), (first.StatusCode, replay.StatusCode));
        var turn = Assert.IsType<TurnJob>(Assert.Single(_rig.Drain()));
        Assert.Equal("log Acme call left voicemail", turn.Text);
        Assert.Contains("trigger:T1:trig-1", turn.DeliveryIds);
    }

    [Fact]
    public async Task AnotherClick_WithItsOwnTrigger_IsQueuedToo()
    {
        await _rig.Interactions.AcceptAsync(Click("run_command", "deals"), null, default);
        await _rig.Interactions.AcceptAsync(Click("run_command", "deals", trigger: "trig-2"), null, default);

        Assert.Equal(2, _rig.Drain().Count);
    }

    [Fact]
    public async Task OpenDeal_QuotesNamesWithSpaces()
    {
        await _rig.Interactions.AcceptAsync(Click("open_deal", "Acme Corp"), null, default);

        Assert.Equal("deal \"Acme Corp\"", Assert.IsType<TurnJob>(Assert.Single(_rig.Drain())).Text);
    }

    [Fact]
    public async Task StartCoaching_QueuesTheModalForTheTrigger()
    {
        await _rig.Interactions.AcceptAsync(Click("start_flow", "start"), null, default);

        Assert.Equal("trig-1", Assert.IsType<OpenModalJob>(Assert.Single(_rig.Drain())).TriggerId);
    }

    [Fact]
    public async Task ModalSubmission_StartsTheChosenStepForTheProspect()
    {
        var ack = await _rig.Interactions.AcceptAsync(Submission("qualify", "Acme Corp"), null, default);

        Assert.Null(ack.Body);
        Assert.Equal("qualify \"Acme Corp\"", Assert.IsType<TurnJob>(Assert.Single(_rig.Drain())).Text);
    }

    [Theory]
    [InlineData("no-such-step", "Acme", "flow")]
    [InlineData("qualify", "   ", "prospect")]
    public async Task ModalSubmissionWithABadStepOrNoProspect_ShowsTheErrorInTheModal_AndQueuesNothing(string flow, string prospect, string field)
    {
        var ack = await _rig.Interactions.AcceptAsync(Submission(flow, prospect), null, default);

        Assert.Equal("errors", ack.Body!["response_action"]!.GetValue<string>());
        Assert.NotNull(ack.Body["errors"]![field]);
        Assert.Empty(_rig.Drain());
    }

    [Theory]
    [InlineData("ru", null, "Выберите один из шагов.")]
    [InlineData(null, "pl", "Wybierz jeden z kroków.")]
    [InlineData("pl", "ru", "Wybierz jeden z kroków.")]
    [InlineData(null, null, "Choose one of the steps.")]
    public async Task ModalErrors_AreInTheStoredLanguage_ElseInTheOneTheModalWasOpenedIn_AndQueueNothing(string? chosen, string? openedIn, string expected)
    {
        if (chosen is not null)
        {
            _rig.Locales.Store(new SalesBot.Core.Conversations.Owner("T1", "U1"), "slack", chosen, null);
        }

        var ack = await _rig.Interactions.AcceptAsync(Submission("no-such-step", "Acme", openedIn), null, default);

        Assert.Equal(expected, ack.Body!["errors"]!["flow"]!.GetValue<string>());
        Assert.Empty(_rig.Drain());
        Assert.Empty(_rig.Api.Calls);
    }

    [Theory]
    [InlineData("""{"type":"block_actions","team":{"id":"T1"},"actions":[{"action_id":"answer_0","value":"yes"}]}""", 400)]
    [InlineData("""{"type":"block_actions","user":{"id":"U1"},"actions":[{"action_id":"answer_0","value":"yes"}]}""", 400)]
    [InlineData("""{"type":"block_actions","user":{"id":"U1"},"team":{"id":"T1"},"actions":[]}""", 200)]
    [InlineData("""{"type":"block_actions","user":{"id":"U1"},"team":{"id":"T1"},"actions":[{"action_id":"unknown","value":"x"}]}""", 200)]
    [InlineData("""{"type":"shortcut","user":{"id":"U1"},"team":{"id":"T1"}}""", 200)]
    public async Task IncompleteOrUnknownInteractions_QueueNothing(string json, int status)
    {
        Assert.Equal(status, (await _rig.Interactions.AcceptAsync(JsonDocument.Parse(json).RootElement, null, default)).StatusCode);
        Assert.Empty(_rig.Drain());
    }

    [Theory]
    [InlineData("""{ "sb_amount": { "sb_amount": { "type": "number_input", "value": "4500" } }, "sb_currency": { "sb_currency": { "type": "static_select", "selected_option": { "value": "EUR" } } } }""", "4500 EUR")]
    [InlineData("""{ "sb_date": { "sb_date": { "type": "datepicker", "selected_date": "2027-03-01" } } }""", "2027-03-01")]
    [InlineData("""{ "sb_number": { "sb_number": { "type": "number_input", "value": " 3 " } } }""", "3")]
    [InlineData("""{ "sb_text": { "sb_text": { "type": "plain_text_input", "value": "They started\nas a family shop" } } }""", "They started\nas a family shop")]
    [InlineData("""{ "sb_choice": { "sb_choice": { "type": "static_select", "selected_option": { "value": "option 6" } } }, "sb_note": { "sb_note": { "type": "plain_text_input", "value": "their words" } } }""", "option 6 - their words")]
    public async Task SubmitButton_SendsTheMessagesInputs_AsTheWordsTheUserWouldHaveTyped(string values, string expected)
    {
        await _rig.Interactions.AcceptAsync(Click("answer_submit", "submit", state: values), null, default);

        var turn = Assert.IsType<TurnJob>(Assert.Single(_rig.Drain()));
        Assert.Equal((expected, TurnSource.AnswerButton), (turn.Text, turn.Source));
        Assert.Equal("1700000000.000100", turn.Clicked!.Ts);
    }

    [Theory]
    [InlineData("""{ "sb_note": { "sb_note": { "type": "plain_text_input", "value": "they use in-house staff" } } }""", "no - they use in-house staff")]
    [InlineData("""{ "sb_note": { "sb_note": { "type": "plain_text_input", "value": "   " } } }""", "no")]
    [InlineData("""{ "sb_note": { "sb_note": { "type": "plain_text_input", "value": null } } }""", "no")]
    public async Task QuickPick_WithANoteWritten_SendsTheAnswerAndTheNote(string values, string expected)
    {
        await _rig.Interactions.AcceptAsync(Click("answer_1", "no", state: values), null, default);

        Assert.Equal(expected, Assert.IsType<TurnJob>(Assert.Single(_rig.Drain())).Text);
    }

    [Theory]
    [InlineData("""{ }""")]
    [InlineData("""{ "sb_date": { "sb_date": { "type": "datepicker", "selected_date": null } } }""")]
    [InlineData("""{ "sb_text": { "sb_text": { "type": "plain_text_input", "value": "  " } } }""")]
    [InlineData("""{ "sb_note": { "sb_note": { "type": "plain_text_input", "value": "only a note" } } }""")]
    public async Task SubmitWithNothingFilledIn_QueuesNothing_SoTheQuestionStaysOpen(string values)
    {
        Assert.Equal(200, (await _rig.Interactions.AcceptAsync(Click("answer_submit", "submit", state: values), null, default)).StatusCode);
        Assert.Empty(_rig.Drain());
    }

    private static JsonElement Click(string actionId, string value, string user = "U1", string team = "T1", string? state = null, string trigger = "trig-1") => JsonDocument.Parse(
        JsonSerializer.Serialize(new
        {
            state = new { values = JsonDocument.Parse(state ?? "{}").RootElement },
            type = "block_actions",
            user = new { id = user, team_id = team },
            team = new { id = team },
            trigger_id = trigger,
            response_url = "https://hooks.slack.com/actions/T1/1/x",
            container = new { type = "message", channel_id = "D1", message_ts = "1700000000.000100" },
            message = new { ts = "1700000000.000100", text = "Question", blocks = new object[] { new { type = "section", text = new { type = "mrkdwn", text = "*Q?*" } } } },
            actions = new[] { new { action_id = actionId, value, type = "button" } },
        })).RootElement.Clone();

    private static JsonElement Submission(string flow, string prospect, string? openedIn = null) => JsonDocument.Parse(
        JsonSerializer.Serialize(new
        {
            type = "view_submission",
            user = new { id = "U1", team_id = "T1" },
            team = new { id = "T1" },
            view = new
            {
                callback_id = "start_flow",
                private_metadata = openedIn ?? "",
                state = new { values = new { flow = new { flow = new { type = "static_select", selected_option = new { value = flow } } }, prospect = new { prospect = new { type = "plain_text_input", value = prospect } } } },
            },
        })).RootElement.Clone();
}
