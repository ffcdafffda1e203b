using Npgsql;

namespace SalesBot.Storage.Postgres;

/// <summary>How domain values are written to PostgreSQL columns and read back.</summary>
internal static class PostgresValues
{
    /// <summary>timestamptz takes a UTC DateTime; PostgreSQL keeps microseconds.</summary>
    public static DateTime Utc(DateTimeOffset value) => value.UtcDateTime;

    /// <summary>Npgsql reads timestamptz as a UTC DateTime; the domain gets it back at offset zero.</summary>
    public static DateTimeOffset Time(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(name, ignoreCase: true);

    /// <summary>
    /// serialization_failure and deadlock_detected: two transactions wanted the same rows. PostgreSQL rolled this one
    /// back; like a stale version, the turn re-runs on fresh state.
    /// </summary>
    public static bool IsConflict(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };
}
