using System.Globalization;

namespace SalesBot.Core.Tests.Localization;

/// <summary>Sets the UI culture for the test's scope, as the turn does.</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    public UiCulture(string language) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
