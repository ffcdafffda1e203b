using System.Globalization;

namespace SalesBot.Dialogs.Localization;

/// <summary>Puts the previous UI culture back when disposed (see <see cref="BotCulture.Use"/>).</summary>
public readonly struct CultureScope : IDisposable
{
    private readonly CultureInfo _previous;

    internal CultureScope(CultureInfo previous) => _previous = previous;

    public void Dispose()
    {
        if (_previous is not null)
        {
            CultureInfo.CurrentUICulture = _previous;
        }
    }
}
