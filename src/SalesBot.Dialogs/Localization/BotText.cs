using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace SalesBot.Dialogs.Localization;

/// <summary>
/// One project's sentences, read through <see cref="IStringLocalizer"/> from its .resx resources in the turn's UI
/// culture (<see cref="BotCulture.Use"/>): placeholders are filled in that culture and plural forms picked by
/// <see cref="PluralForms"/>. Renderers are static, so each project keeps one instance in its <c>Strings</c> class.
/// </summary>
public sealed class BotText
{
    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    private readonly IStringLocalizer _localizer;

    private BotText(IStringLocalizer localizer) => _localizer = localizer;

    /// <summary>The sentences in the resources named after <paramref name="resources"/> (Strings.resx next to Strings.cs).</summary>
    public static BotText For(Type resources) => new(Factory.Create(resources));

    /// <summary>The localizer itself, for code that takes one.</summary>
    public IStringLocalizer Localizer => _localizer;

    /// <summary>The sentence <paramref name="key"/> in the current UI culture.</summary>
    public string Get(string key) => PseudoLocale.Mark(Raw(key));

    /// <summary>The sentence with its placeholders filled and plural forms chosen for the counts among <paramref name="arguments"/>.</summary>
    public string Format(string key, params object?[] arguments)
    {
        var culture = CultureInfo.CurrentUICulture;
        var format = PluralForms.Apply(Raw(key), arguments, culture);
        return PseudoLocale.Mark(string.Format(culture, format, PseudoLocale.IsActive ? PseudoLocale.Arguments(arguments) : arguments));
    }

    /// <summary>The sentence <paramref name="key"/> if the resources have it (keys built from a team playbook's ids may not).</summary>
    public string? Find(string key) => _localizer[key] is { ResourceNotFound: false } value ? PseudoLocale.Mark(value.Value) : null;

    /// <summary>
    /// Words the bot reads rather than writes (command aliases) in <paramref name="culture"/>: "|"-separated, never
    /// wrapped by the pseudo-locale; none when the resources have no such key.
    /// </summary>
    public IReadOnlyList<string> Words(string key, CultureInfo culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            var value = _localizer[key];
            return value.ResourceNotFound ? [] : value.Value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private string Raw(string key)
    {
        var value = _localizer[key];
        if (value.ResourceNotFound)
        {
            throw new KeyNotFoundException($"No resource '{key}' in {value.SearchedLocation}.");
        }

        return value.Value;
    }
}
