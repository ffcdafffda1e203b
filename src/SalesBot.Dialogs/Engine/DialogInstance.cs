using System.Text.Json.Nodes;

namespace SalesBot.Dialogs.Engine;

/// <summary>A dialog on the stack and its persisted state.</summary>
public sealed class DialogInstance
{
    public required string Id { get; init; }

    public JsonObject State { get; init; } = [];
}
