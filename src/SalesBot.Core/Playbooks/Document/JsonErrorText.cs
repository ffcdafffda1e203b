using System.Text.Json;
using System.Text.RegularExpressions;

namespace SalesBot.Core.Playbooks.Document;

/// <summary>Turns a System.Text.Json error into a line a playbook author can act on: where, and what is wrong.</summary>
internal static partial class JsonErrorText
{
    public static string Describe(JsonException exception)
    {
        var where = exception.Path ?? "$";
        if (exception.LineNumber is { } line)
        {
            where += $" (line {line + 1}, position {(exception.BytePositionInLine ?? 0) + 1})";
        }

        return $"{where}: {Problem(exception.Message)}";
    }

    private static string Problem(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        if (UnmappedRegex().Match(text) is { Success: true } unmapped)
        {
            return $"unknown property '{unmapped.Groups[1].Value}'; check its spelling (names are camelCase)";
        }

        if (DuplicateRegex().Match(text) is { Success: true } duplicate)
        {
            return $"property '{duplicate.Groups[1].Value}' appears more than once";
        }

        if (ConversionRegex().Match(text) is { Success: true } conversion)
        {
            return $"the value should be {Expected(conversion.Groups[1].Value)}";
        }

        return text;
    }

    private static string Expected(string type) => type switch
    {
        _ when type.Contains("Int32", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("Decimal", StringComparison.Ordinal) || type.Contains("Double", StringComparison.Ordinal) => "a number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ when type.Contains("String", StringComparison.Ordinal) && type.Contains("List", StringComparison.Ordinal) => "a list of strings",
        _ when type.Contains("String", StringComparison.Ordinal) => "a string",
        _ when type.Contains("List", StringComparison.Ordinal) => "a list",
        _ => "an object",
    };

    [GeneratedRegex("^The JSON property '(.+?)' could not be mapped")]
    private static partial Regex UnmappedRegex();

    [GeneratedRegex("^Duplicate property '(.+?)'")]
    private static partial Regex DuplicateRegex();

    [GeneratedRegex("^The JSON value could not be converted to (.+?)\\.?$")]
    private static partial Regex ConversionRegex();
}
