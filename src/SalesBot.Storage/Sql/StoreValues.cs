namespace SalesBot.Storage.Sql;

/// <summary>How domain values are named in columns on every database: enums as lower-case names.</summary>
internal static class StoreValues
{
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(name, ignoreCase: true);
}
