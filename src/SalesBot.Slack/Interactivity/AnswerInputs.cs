using System.Text.Json;
using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Interactivity;

/// <summary>
/// What a question message's inputs hold when a button in it is clicked (the payload's state.values), as the words the
/// user would have typed, so they go through the same recognizers as typed text: "4500 EUR" for an amount and its currency,
/// "2026-12-04" for a date, the number, the text or the chosen option — and " - note" after a quick pick or choice with a note.
/// </summary>
internal static class AnswerInputs
{
    /// <summary>The answer the Submit button sends, or null when its inputs are empty.</summary>
    public static string? Submitted(JsonElement payload)
    {
        if (Value(payload, InputIds.Amount) is { } amount)
        {
            return Value(payload, InputIds.Currency) is { } currency ? $"{amount} {currency}" : amount;
        }

        foreach (var id in (string[])[InputIds.Date, InputIds.Number, InputIds.Text, InputIds.Choice])
        {
            if (Value(payload, id) is { } value)
            {
                return WithNote(value, payload);
            }
        }

        return null;
    }

    /// <summary>A quick pick's answer followed by the note written beside it, if any.</summary>
    public static string WithNote(string answer, JsonElement payload) =>
        Value(payload, InputIds.Note) is { } note ? $"{answer} - {note}" : answer;

    /// <summary>The trimmed value of one input: plain text and numbers, a picked date, a selected option's value.</summary>
    private static string? Value(JsonElement payload, string id)
    {
        if (JsonFields.Get(payload, "state", "values", id, id) is not { ValueKind: JsonValueKind.Object } input)
        {
            return null;
        }

        var value = JsonFields.Str(input, "value") ?? JsonFields.Str(input, "selected_date") ?? JsonFields.Str(input, "selected_option", "value");
        return value?.Trim() is { Length: > 0 } text ? text : null;
    }
}
