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

    /// <summary>The deal the stack works on: the <c>dealId</c> option of the topmost dialog that has one (null when none has).</summary>
    public string? DealId => _entries.Select(DealIdOf).LastOrDefault(id => id is not null);

    internal void Push(DialogInstance instance) => _entries.Add(instance);

    internal void Pop() => _entries.RemoveAt(_entries.Count - 1);

    internal void Clear() => _entries.Clear();

    /// <summary>The stack as <c>{"stack":[{"id":…,"state":{…}}]}</c>; the states are written as they are, not copied first.</summary>
    public string ToJson() =>
        JsonSerializer.Serialize(new StoredStack(_entries.Select(entry => (StoredDialog?)new StoredDialog(entry.Id, entry.State)).ToList()), DialogJsonContext.Default.StoredStack);

    private static string? DealIdOf(DialogInstance entry) =>
        (entry.State[DialogInstance.OptionsKey] as JsonObject)?["dealId"] is JsonValue value && value.TryGetValue<string>(out var id) ? id : null;

    /// <summary>Reads what <see cref="ToJson"/> wrote; each state is parsed straight into its own object, with no copy.</summary>
    public static DialogStack FromJson(string json)
    {
        var stored = JsonSerializer.Deserialize(json, DialogJsonContext.Default.StoredStack) ?? throw new JsonException("The dialog state is not a JSON object.");
        var entries = new List<DialogInstance>();
        foreach (var item in stored.Stack ?? [])
        {
            var id = item?.Id ?? throw new JsonException("A dialog on the stack has no id.");
            entries.Add(new DialogInstance { Id = id, State = item.State ?? [] });
        }

        return new DialogStack(entries);
    }
}
