using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesBot.Dialogs.Engine;

/// <summary>The dialog stack of one user in one conversation; the top is the last entry. Persisted as JSON.</summary>
public sealed class DialogStack
{
    private readonly List<DialogInstance> _entries;

    private DialogStack(List<DialogInstance> entries) => _entries = entries;

    public static DialogStack Empty() => new([]);

    public IReadOnlyList<DialogInstance> Entries => _entries;

    public DialogInstance? Top => _entries.Count == 0 ? null : _entries[^1];

    public bool IsEmpty => _entries.Count == 0;

    internal void Push(DialogInstance instance) => _entries.Add(instance);

    internal void Pop() => _entries.RemoveAt(_entries.Count - 1);

    internal void Clear() => _entries.Clear();

    public string ToJson()
    {
        var array = new JsonArray();
        foreach (var entry in _entries)
        {
            array.Add(new JsonObject { ["id"] = entry.Id, ["state"] = entry.State.DeepClone() });
        }

        return new JsonObject { ["stack"] = array }.ToJsonString();
    }

    public static DialogStack FromJson(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("The dialog state is not a JSON object.");
        var entries = new List<DialogInstance>();
        foreach (var item in root["stack"]?.AsArray() ?? [])
        {
            var id = item?["id"]?.GetValue<string>() ?? throw new JsonException("A dialog on the stack has no id.");
            var state = item["state"]?.DeepClone() as JsonObject ?? [];
            entries.Add(new DialogInstance { Id = id, State = state });
        }

        return new DialogStack(entries);
    }
}
