namespace SalesBot.Dialogs.Prompts;

/// <summary>Reads an answer of any kind.</summary>
public static class AnswerRecognizer
{
    public static Recognition Recognize(PromptOptions options, string text, DateOnly today, string? locale) => options.Kind switch
    {
        AnswerKind.YesNo => YesNoRecognizer.Recognize(text),
        AnswerKind.Choice => ChoiceRecognizer.Recognize(text, options.Choices),
        AnswerKind.Money => MoneyRecognizer.Recognize(text, options.Currency),
        AnswerKind.Number => NumberRecognizer.Recognize(text),
        AnswerKind.Date => DateRecognizer.Recognize(text, today, locale),
        _ => TextRecognizer.Recognize(text),
    };

    /// <summary>
    /// An example answer shown when an answer could not be read. A date example is two weeks from
    /// <paramref name="today"/>, never in the past; without a day it is a relative one.
    /// </summary>
    public static string Example(AnswerKind kind, IReadOnlyList<ChoiceOption> choices, DateOnly? today = null) => kind switch
    {
        AnswerKind.YesNo => YesNoRecognizer.Example,
        AnswerKind.Choice => choices.Count > 0 ? choices[0].Title : "",
        AnswerKind.Money => MoneyRecognizer.Example,
        AnswerKind.Number => NumberRecognizer.Example,
        AnswerKind.Date => today is { } day ? DateRecognizer.Example(day) : Localization.Strings.Get("Example.DateNoDay"),
        _ => Localization.Strings.Get("Example.Text"),
    };
}
