using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace SalesBot.Slack.Endpoints;

/// <summary>An application/x-www-form-urlencoded body. A field given twice makes the form invalid (Slack never does that).</summary>
internal sealed class SlackForm
{
    private readonly Dictionary<string, StringValues> _fields;

    private SlackForm(Dictionary<string, StringValues> fields) => _fields = fields;

    public static SlackForm? Parse(byte[] body)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var fields = QueryHelpers.ParseQuery(text);
        return fields.Values.Any(v => v.Count > 1) ? null : new SlackForm(fields);
    }

    public string? this[string name] => _fields.TryGetValue(name, out var value) ? value.ToString() : null;

    /// <summary>Slack's SSL check: exactly ssl_check=1.</summary>
    public bool IsSslCheck => this["ssl_check"] == "1";
}
