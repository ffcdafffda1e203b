using SalesBot.Core.Localization;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Values;

namespace SalesBot.Core.Coaching;

/// <summary>Shows a stored answer value in words.</summary>
public static class AnswerFormatter
{
    public static string Display(Question? question, string value)
    {
        if (value.Length == 0)
        {
            return CoreText.Get("Answer.Skipped");
        }

        return question?.Kind switch
        {
            AnswerKind.Choice => question.Choices.FirstOrDefault(c => string.Equals(c.Id, value, StringComparison.OrdinalIgnoreCase))?.Title ?? value,
            AnswerKind.Money when Money.TryParseStored(value, out var money) => money.ToDisplay(System.Globalization.CultureInfo.CurrentUICulture),
            AnswerKind.YesNo or AnswerKind.Money when CoreText.Find("Answer." + value.ToLowerInvariant()) is { } word => word,
            _ => value,
        };
    }
}
