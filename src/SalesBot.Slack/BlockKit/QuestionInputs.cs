using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;
using SalesBot.Core.Playbooks;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Slack.BlockKit;

/// <summary>
/// The Block Kit inputs a question is answered with inside the message: number_input with a currency static_select for
/// money, datepicker, number_input, a multiline plain_text_input for free text, a static_select when the choices are too
/// many for quick-pick buttons, and an optional note on yes/no and choice questions. One Submit button sends them; Slack
/// puts their values in the click's state.values, which <see cref="Interactivity.AnswerInputs"/> turns into typed words.
/// </summary>
internal static class QuestionInputs
{
    /// <summary>At most this many choices show as quick-pick buttons; more go into a select.</summary>
    public const int QuickPicks = 5;

    private const int OptionText = 75;
    private const int OptionValue = 150;
    private const int Options = 100;

    /// <summary>The input blocks for the question, and whether the message needs its own Submit button.</summary>
    public static (IReadOnlyList<JsonObject> Blocks, bool NeedsSubmit) For(QuestionReply question, IReadOnlyList<Choice> choices)
    {
        switch (question.Kind)
        {
            case AnswerKind.Money:
                return ([
                    Input(InputIds.Amount, ChannelText.Get("Input.Amount"), new JsonObject
                    {
                        ["type"] = "number_input", ["action_id"] = InputIds.Amount, ["is_decimal_allowed"] = true, ["min_value"] = "0",
                        ["placeholder"] = Blocks.PlainText(ChannelText.Get("Input.AmountExample"), 150),
                    }),
                    CurrencyInput(question.Currency),
                ], true);
            case AnswerKind.Date:
                return ([Input(InputIds.Date, ChannelText.Get("Input.Date"), new JsonObject
                {
                    ["type"] = "datepicker", ["action_id"] = InputIds.Date, ["placeholder"] = Blocks.PlainText(ChannelText.Get("Input.DateExample"), 150),
                })], true);
            case AnswerKind.Number:
                return ([Input(InputIds.Number, ChannelText.Get("Input.Number"), new JsonObject
                {
                    ["type"] = "number_input", ["action_id"] = InputIds.Number, ["is_decimal_allowed"] = false,
                    ["placeholder"] = Blocks.PlainText(ChannelText.Get("Input.NumberExample"), 150),
                })], true);
            case AnswerKind.Text:
                return ([Input(InputIds.Text, ChannelText.Get("Input.Text"), new JsonObject
                {
                    ["type"] = "plain_text_input", ["action_id"] = InputIds.Text, ["multiline"] = true, ["max_length"] = 2000,
                    ["placeholder"] = Blocks.PlainText(ChannelText.Get("Input.TextExample"), 150),
                })], true);
        }

        if (choices.Count == 0)
        {
            return ([], false);
        }

        var blocks = new List<JsonObject>();
        var many = choices.Count > QuickPicks;
        if (many)
        {
            blocks.Add(Input(InputIds.Choice, ChannelText.Get("Input.Choice"), Select(InputIds.Choice, [.. choices.Take(Options).Select(c => (c.Title, c.Value))], null)));
        }

        blocks.Add(Input(
            InputIds.Note,
            ChannelText.Get("Input.Note"),
            new JsonObject
            {
                ["type"] = "plain_text_input", ["action_id"] = InputIds.Note, ["max_length"] = 500,
                ["placeholder"] = Blocks.PlainText(ChannelText.Get("Input.NoteExample"), 150),
            },
            optional: true));
        return (blocks, many);
    }

    /// <summary>The actions block with the Submit button of the inputs.</summary>
    public static JsonObject SubmitBlock() =>
        Blocks.Actions("answer_submit", [Blocks.Button(InputIds.Submit, ChannelText.Get("Input.Submit"), "submit", style: "primary")]);

    /// <summary>Whether a choice's value fits a select option (150 characters); longer ones stay buttons.</summary>
    public static bool FitsOption(Choice choice) => choice.Value.Length <= OptionValue;

    private static JsonObject Input(string id, string label, JsonObject element, bool optional = false)
    {
        var block = new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = id,
            ["label"] = Blocks.PlainText(label, 2000),
            ["element"] = element,
        };
        if (optional)
        {
            block["optional"] = true;
        }

        return block;
    }

    private static JsonObject Select(string id, IReadOnlyList<(string Title, string Value)> options, string? initial)
    {
        var select = new JsonObject
        {
            ["type"] = "static_select",
            ["action_id"] = id,
            ["placeholder"] = Blocks.PlainText(ChannelText.Get("Input.ChoiceExample"), 150),
            ["options"] = new JsonArray([.. options.Select(o => (JsonNode)Option(o.Title, o.Value))]),
        };
        if (initial is not null && options.FirstOrDefault(o => o.Value == initial) is { Value: not null } chosen)
        {
            select["initial_option"] = Option(chosen.Title, chosen.Value);
        }

        return select;
    }

    private static JsonObject Option(string title, string value) => new()
    {
        ["text"] = Blocks.PlainText(title, OptionText),
        ["value"] = value,
    };

    private static JsonObject CurrencyInput(string? currency)
    {
        var (codes, preferred) = ChannelText.Currencies(currency);
        return Input(InputIds.Currency, ChannelText.Get("Input.Currency"), Select(InputIds.Currency, [.. codes.Select(c => (c, c))], preferred));
    }
}
