using System.Text;

namespace SalesBot.Dialogs.Commands;

/// <summary>
/// A prospect name as typed, made comparable: quotes removed, Unicode NFC, format and control characters
/// (zero-width spaces, joiners, direction marks, tabs) dropped, runs of white space collapsed to one space.
/// "Ac\u200bme" and "Acme" are one name; a name of only such characters is empty.
/// </summary>
public static class ProspectName
{
    public static string Normalize(string text)
    {
        var composed = ArgumentText.Unquote(text).Normalize(NormalizationForm.FormC);
        var kept = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                if (kept.Length > 0 && kept[^1] != ' ')
                {
                    kept.Append(' ');
                }
            }
            else if (char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control))
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Trim().Trim('"').Trim();
    }
}
