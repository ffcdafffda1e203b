using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;
using SalesBot.Core.Playbooks;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Teams.Cards;

/// <summary>
/// The Adaptive Card 1.5 inputs a question is answered with inside the card: Input.Number with a currency for money,
/// Input.Date, Input.Number, a multiline Input.Text for free text, an Input.ChoiceSet when the choices are too many for
/// one row of buttons, and an optional note on yes/no and choice questions. One Action.Submit sends them; its data is a
/// plain object (never "msteams") naming the question and its kind, which <c>TurnMapper</c> turns back into typed text.
/// </summary>
internal static class CardInputs
{
    /// <summary>The input elements for the question, and whether the card needs its own Submit button.</summary>
    public static (IReadOnlyList<JsonObject> Inputs, bool NeedsSubmit) For(QuestionReply question, IReadOnlyList<Choice> choices)
    {
        switch (question.Kind)
        {
            case AnswerKind.Money:
                return ([MoneyRow(question.Currency)], true);
            case AnswerKind.Date:
                return ([Required(new JsonObject { ["type"] = "Input.Date", ["id"] = CardInputIds.Date, ["label"] = ChannelText.Get("Input.Date") }, "Input.DateRequired")], true);
            case AnswerKind.Number:
                return ([Required(
                    new JsonObject
                    {
                        ["type"] = "Input.Number", ["id"] = CardInputIds.Number, ["label"] = ChannelText.Get("Input.Number"),
                        ["placeholder"] = ChannelText.Get("Input.NumberExample"),
                    },
                    "Input.NumberRequired")], true);
            case AnswerKind.Text:
                return ([Required(
                    new JsonObject
                    {
                        ["type"] = "Input.Text", ["id"] = CardInputIds.Text, ["label"] = ChannelText.Get("Input.Text"), ["isMultiline"] = true,
                        ["maxLength"] = 2000, ["placeholder"] = ChannelText.Get("Input.TextExample"),
                    },
                    "Input.TextRequired")], true);
        }

        if (choices.Count == 0)
        {
            return ([], false);
        }

        var many = choices.Count > CardLimits.ActionsPerRow;
        var inputs = new List<JsonObject>();
        if (many)
        {
            inputs.Add(Required(
                new JsonObject
                {
                    ["type"] = "Input.ChoiceSet", ["id"] = CardInputIds.Choice, ["label"] = ChannelText.Get("Input.Choice"), ["style"] = "compact",
                    ["placeholder"] = ChannelText.Get("Input.ChoiceExample"),
                    ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject
                    {
                        ["title"] = CardText.Truncate(c.Title, CardLimits.Text), ["value"] = c.Value,
                    })]),
                },
                "Input.ChoiceRequired"));
        }

        inputs.Add(new JsonObject
        {
            ["type"] = "Input.Text", ["id"] = CardInputIds.Note, ["label"] = ChannelText.Get("Input.Note"), ["maxLength"] = 500,
            ["placeholder"] = ChannelText.Get("Input.NoteExample"),
        });
        return (inputs, many);
    }

    /// <summary>The Submit button of the inputs: data says which question and kind, the inputs add their values.</summary>
    public static JsonObject Submit(QuestionReply question) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = ChannelText.Get("Input.Submit"),
        ["style"] = "positive",
        ["data"] = new JsonObject
        {
            [CardInputIds.Question] = question.Text,
            [CardInputIds.Kind] = (question.Kind ?? AnswerKind.Choice).ToString(),
        },
    };

    private static JsonObject MoneyRow(string? currency)
    {
        var (codes, preferred) = ChannelText.Currencies(currency);
        var amount = Required(
            new JsonObject
            {
                ["type"] = "Input.Number", ["id"] = CardInputIds.Amount, ["label"] = ChannelText.Get("Input.Amount"), ["min"] = 0,
                ["placeholder"] = ChannelText.Get("Input.AmountExample"),
            },
            "Input.AmountRequired");
        var currencies = new JsonObject
        {
            ["type"] = "Input.ChoiceSet", ["id"] = CardInputIds.Currency, ["label"] = ChannelText.Get("Input.Currency"), ["style"] = "compact",
            ["value"] = preferred,
            ["choices"] = new JsonArray([.. codes.Select(c => (JsonNode)new JsonObject { ["title"] = c, ["value"] = c })]),
        };
        return CardElements.Columns(
        [
            CardElements.Column([amount], "stretch"),
            CardElements.Column([currencies], "auto"),
        ]);
    }

    /// <summary>The answer input must be filled before Submit sends (the client shows the message); notes stay optional.</summary>
    private static JsonObject Required(JsonObject input, string errorKey)
    {
        input["isRequired"] = true;
        input["errorMessage"] = ChannelText.Get(errorKey);
        return input;
    }
}
