namespace SalesBot.Dialogs.Localization;

/// <summary>
/// A test mode in which every sentence that comes from the bot's resources is wrapped in ⟦ ⟧, so that a reply's text
/// outside the brackets is either the user's own data, the playbook's, or an English literal left in a renderer.
/// It is scoped to the calling async flow, so tests running at the same time are not affected.
/// </summary>
public static class PseudoLocale
{
    public const char Open = '⟦';
    public const char Close = '⟧';

    private static readonly AsyncLocal<bool> Active = new();

    public static bool IsActive => Active.Value;

    /// <summary>Wraps resource text until the scope is disposed.</summary>
    public static IDisposable Begin()
    {
        Active.Value = true;
        return new End();
    }

    internal static string Mark(string text) => Active.Value ? Open + text + Close : text;

    /// <summary>Text arguments stand outside the sentence's brackets, so English passed into a translated sentence still shows.</summary>
    internal static object?[] Arguments(object?[] arguments) =>
        arguments.Select(a => a is string text ? Close + text + Open : a).ToArray();

    private sealed class End : IDisposable
    {
        public void Dispose() => Active.Value = false;
    }
}
