namespace SalesBot.Dialogs.Commands;

/// <summary>Splits command text into words, keeping "quoted names" together.</summary>
public static class ArgumentText
{
    public static (string Word, string Remainder) FirstWord(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('"'))
        {
            var close = trimmed.IndexOf('"', 1);
            if (close > 0)
            {
                return (trimmed[1..close].Trim(), trimmed[(close + 1)..].Trim());
            }

            return (trimmed.Trim('"').Trim(), "");
        }

        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        return space < 0 ? (trimmed, "") : (trimmed[..space], trimmed[(space + 1)..].Trim());
    }

    public static string Unquote(string text) => text.Trim().Trim('"').Trim();
}
