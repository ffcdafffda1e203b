using System.Text.Json.Nodes;

namespace SalesBot.Host.Tests.Teams;

/// <summary>One call the fake Bot Connector received, and the id it answered with.</summary>
internal sealed record ConnectorCall(string Method, string Path, string Authorization, JsonNode Body, string AnsweredId);
