using SalesBot.Core.Localization;

namespace SalesBot.Dialogs.Localization;

/// <summary>
/// A test mode in which every sentence that comes from the bot's resources (Core's, Dialogs' and the channels') is
/// wrapped in ⟦ ⟧, so that a reply's text outside the brackets is either the user's own data, the playbook's, or an
/// English literal left in a renderer. One switch for all of them: <see cref="PseudoMarks"/>.
/// </summary>
public static class PseudoLocale
{
    public const char Open = PseudoMarks.Open;
    public const char Close = PseudoMarks.Close;

    public static bool IsActive => PseudoMarks.IsActive;

    /// <summary>Wraps resource text until the scope is disposed.</summary>
    public static IDisposable Begin() => PseudoMarks.Begin();

    internal static string Mark(string text) => PseudoMarks.Mark(text);

    /// <summary>Text arguments stand outside the sentence's brackets, so English passed into a translated sentence still shows.</summary>
    internal static object?[] Arguments(object?[] arguments) => PseudoMarks.Arguments(arguments);
}
