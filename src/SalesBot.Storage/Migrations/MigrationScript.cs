namespace SalesBot.Storage.Migrations;

/// <summary>One schema change: <c>Migrations/{Provider}/0001_initial.sql</c> is version 1 named "initial".</summary>
internal sealed record MigrationScript(int Version, string Name, string Sql);
