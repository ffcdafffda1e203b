using System.Globalization;
using System.Text.Json;
using SalesBot.Teams.Cards;

namespace SalesBot.Teams.Mapping;

/// <summary>
/// What a card submit (activity.value) says, as the words the user would have typed, so it goes through the same
/// recognizers and validation as typed text: a quick-pick button's answer, or the card's inputs — "4500 EUR" for an amount
/// with its currency, "2026-12-04" for a date, the text, the chosen choice — followed by " - note" when a note was written.
/// </summary>
internal static class CardSubmission
{
    /// <summary>The words of the submit, or null when the value is not a SalesBot card submit.</summary>
    public static string? TextOf(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var answer = Words(value, CardInputIds.Answer) ?? Words(value, "text") ?? Words(value, "command") ?? FromInputs(value);
        if (answer is null)
        {
            return null;
        }

        return Field(value, CardInputIds.Note) is { Length: > 0 } note && answer.Length > 0 ? $"{answer} - {note}" : answer;
    }

    /// <summary>The question the submitted card asked, when its data names it.</summary>
    public static string? QuestionOf(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v ? Words(v, CardInputIds.Question) : null;

    private static string? FromInputs(JsonElement value)
    {
        if (Words(value, CardInputIds.Kind) is null)
        {
            return null;
        }

        if (Field(value, CardInputIds.Amount) is { Length: > 0 } amount)
        {
            return Field(value, CardInputIds.Currency) is { Length: > 0 } currency ? $"{amount} {currency}" : amount;
        }

        foreach (var id in (string[])[CardInputIds.Date, CardInputIds.Number, CardInputIds.Choice, CardInputIds.Text])
        {
            if (Field(value, id) is { Length: > 0 } text)
            {
                return text;
            }
        }

        return "";
    }

    /// <summary>A string field of the button data (answers, commands, the question): strings only.</summary>
    private static string? Words(JsonElement value, string name) =>
        value.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String ? field.GetString() : null;

    /// <summary>A trimmed string or number input value; Teams sends input values as strings, other clients may send numbers.</summary>
    private static string? Field(JsonElement value, string name)
    {
        if (!value.TryGetProperty(name, out var field))
        {
            return null;
        }

        return field.ValueKind switch
        {
            JsonValueKind.String => field.GetString()!.Trim(),
            JsonValueKind.Number => field.GetDecimal().ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }
}
