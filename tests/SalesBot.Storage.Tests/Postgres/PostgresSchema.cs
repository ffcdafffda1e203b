using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SalesBot.Storage.Migrations;
using SalesBot.Storage.Postgres;
using SalesBot.Testing.Postgres;

namespace SalesBot.Storage.Tests.Postgres;

/// <summary>A fresh schema of one test on the test server, with data sources over it (each like one SalesBot instance).</summary>
internal sealed class PostgresSchema : IAsyncDisposable
{
    private readonly List<NpgsqlDataSource> _sources = [];

    private PostgresSchema(TestPostgresDatabase schema) => Schema = schema;

    public TestPostgresDatabase Schema { get; }

    public string ConnectionString => Schema.ConnectionString;

    public static async Task<PostgresSchema> CreateAsync() => new(await TestPostgres.CreateSchemaAsync());

    /// <summary>A data source of its own: its own pool, as a separate SalesBot process would have.</summary>
    public NpgsqlDataSource NewDataSource()
    {
        var source = NpgsqlDataSource.Create(ConnectionString);
        lock (_sources)
        {
            _sources.Add(source);
        }

        return source;
    }

    /// <summary>A dialect over <see cref="NewDataSource"/>: one more SalesBot instance.</summary>
    public PostgresDialect NewDialect() => new(NewDataSource());

    public static SchemaMigrator Migrator(PostgresDialect dialect) =>
        new(dialect, TimeProvider.System, NullLogger<SchemaMigrator>.Instance);

    /// <summary><see cref="NewDialect"/> after bringing the schema up to date.</summary>
    public async Task<PostgresDialect> MigratedDialectAsync()
    {
        var dialect = NewDialect();
        await Migrator(dialect).MigrateAsync(CancellationToken.None);
        return dialect;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var source in _sources)
        {
            await source.DisposeAsync();
        }

        await Schema.DisposeAsync();
    }
}
