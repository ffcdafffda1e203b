using System.Text.Json.Nodes;

namespace SalesBot.Dialogs.Engine;

/// <summary>How a <see cref="DialogStack"/> is persisted: <c>{"stack":[{"id":…,"state":{…}}]}</c>.</summary>
internal sealed record StoredStack(List<StoredDialog?>? Stack);

/// <summary>One entry of a <see cref="StoredStack"/>.</summary>
internal sealed record StoredDialog(string? Id, JsonObject? State);
