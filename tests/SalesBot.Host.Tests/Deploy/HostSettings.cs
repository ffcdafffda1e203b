using System.Collections;
using System.Reflection;
using SalesBot.Teams;

namespace SalesBot.Host.Tests.Deploy;

/// <summary>
/// Every configuration key SalesBot reads, discovered from the code: each options class with a <c>Section</c> or
/// <c>SectionName</c> constant in any SalesBot assembly the host loads, its settable properties (nested classes become
/// sub-sections), plus the few keys read from the configuration root. A new options class or property shows up here
/// by itself, so the deployment tests fail until the template sets it or the README documents it.
/// </summary>
internal static class HostSettings
{
    /// <summary>Options bound to the configuration root (<c>BindConfiguration("")</c>): the Bot Framework's own names.</summary>
    private static readonly Type[] RootOptions = [typeof(BotFrameworkOptions)];

    /// <summary>Keys read directly rather than through an options class.</summary>
    private static readonly string[] DirectKeys = ["ConnectionStrings:SalesBot", "APPLICATIONINSIGHTS_CONNECTION_STRING", "OTEL_EXPORTER_OTLP_ENDPOINT"];

    public static IReadOnlyList<Assembly> Assemblies { get; } = SalesBotAssemblies();

    // After Assemblies: static initializers run in order.
    public static IReadOnlyList<string> Keys { get; } = Discover();

    private static List<string> Discover()
    {
        var keys = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in Assemblies.SelectMany(a => a.GetTypes()))
        {
            if (SectionOf(type) is { Length: > 0 } section)
            {
                AddProperties(type, section + ":", keys, depth: 0);
            }
        }

        foreach (var type in RootOptions)
        {
            AddProperties(type, "", keys, depth: 0);
        }

        keys.UnionWith(DirectKeys);
        return [.. keys];
    }

    private static string? SectionOf(Type type) =>
        type.IsClass && !type.IsAbstract
            ? type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string) && f.Name is "Section" or "SectionName")
                .Select(f => (string?)f.GetRawConstantValue())
                .FirstOrDefault()
            : null;

    private static void AddProperties(Type type, string prefix, ISet<string> keys, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var key = prefix + property.Name;
            if (IsLeaf(property.PropertyType) || depth > 3)
            {
                keys.Add(key);
            }
            else
            {
                AddProperties(property.PropertyType, key + ":", keys, depth + 1);
            }
        }
    }

    private static bool IsLeaf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
            || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Uri) || type == typeof(Guid)
            || type == typeof(TimeOnly) || type == typeof(DateOnly)
            || (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type));
    }

    private static List<Assembly> SalesBotAssemblies()
    {
        var found = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Queue<Assembly>([typeof(Program).Assembly]);
        while (pending.TryDequeue(out var assembly))
        {
            if (!found.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("SalesBot.", StringComparison.Ordinal)))
            {
                pending.Enqueue(Assembly.Load(reference));
            }
        }

        return [.. found.Values];
    }
}
