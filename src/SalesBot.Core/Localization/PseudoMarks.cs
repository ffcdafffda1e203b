namespace SalesBot.Core.Localization;

/// <summary>
/// The pseudo-locale's switch, shared by every project that writes resource text (Core's sentences, Dialogs' and the
/// channels'): while it is on, each resource sentence is wrapped in ⟦ ⟧ so that English left outside the resources
/// shows. It is scoped to the calling async flow, so tests running at the same time are not affected.
/// </summary>
public static class PseudoMarks
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

    /// <summary>The resource text, wrapped while the pseudo-locale is on.</summary>
    public static string Mark(string text) => Active.Value ? Open + text + Close : text;

    /// <summary>Text arguments stand outside the sentence's brackets, so English passed into a translated sentence still shows.</summary>
    public static object?[] Arguments(object?[] arguments) =>
        Active.Value ? arguments.Select(a => a is string text ? Close + text + Open : a).ToArray() : arguments;

    private sealed class End : IDisposable
    {
        public void Dispose() => Active.Value = false;
    }
}
