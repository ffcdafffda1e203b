using System.Globalization;
using System.Reflection;

namespace SalesBot.Storage.Migrations;

/// <summary>Reads the embedded <c>Migrations/{provider}/NNNN_name.sql</c> scripts, numbered 1, 2, 3... without gaps.</summary>
internal static class MigrationScripts
{
    private const string ResourcePrefix = "SalesBot.Storage.Migrations.";

    public static IReadOnlyList<MigrationScript> Load(string provider)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var prefix = $"{ResourcePrefix}{provider}.";
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name, name[prefix.Length..^".sql".Length]))
            .OrderBy(script => script.Version)
            .ToList();

        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"{provider} migrations must be numbered 1, 2, 3... without gaps or repeats; found {scripts[i].Version} ({scripts[i].Name}) at position {i + 1}.");
            }
        }

        return scripts.Count > 0 ? scripts : throw new InvalidOperationException($"No embedded {provider} migrations found.");
    }

    private static MigrationScript Read(Assembly assembly, string resourceName, string fileName)
    {
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(fileName.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration '{resourceName}' must be named NNNN_name.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Migration '{resourceName}' could not be read.");
        using var reader = new StreamReader(stream);
        return new MigrationScript(version, fileName[(separator + 1)..], reader.ReadToEnd());
    }
}
