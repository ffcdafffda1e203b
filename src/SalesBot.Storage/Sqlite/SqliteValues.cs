using System.Globalization;
using System.Text.Json;

namespace SalesBot.Storage.Sqlite;

/// <summary>How domain values are written to SQLite columns and read back.</summary>
internal static class SqliteValues
{
    /// <summary>UTC ticks: exact to 100 ns and sortable.</summary>
    public static long Ticks(DateTimeOffset value) => value.UtcTicks;

    public static DateTimeOffset Time(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(name, ignoreCase: true);

    public static string StepsJson(IReadOnlyList<string> steps) => JsonSerializer.Serialize(steps);

    public static string[] Steps(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static decimal Decimal(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
