using System.Reflection;
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

        return $"{where}: {Problem(exception.Message, exception.Path)}";
    }

    private static string Problem(string message, string? path)
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
            return $"the value should be {Expected(MemberType(conversion.Groups[1].Value, path) ?? conversion.Groups[1].Value)}";
        }

        return text;
    }

    /// <summary>
    /// The type of the member the path ends in, when <paramref name="typeName"/> is the document record holding it: a
    /// record's members are read by its constructor, and then the error names the record rather than the member.
    /// </summary>
    private static string? MemberType(string typeName, string? path)
    {
        var member = path?[(path.LastIndexOf('.') + 1)..];
        var type = typeof(JsonErrorText).Assembly.GetType(typeName);
        return member is null || type is null
            ? null
            : type.GetProperty(member, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType.ToString();
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
