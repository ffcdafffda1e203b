using System.Collections.Concurrent;

namespace SalesBot.Dialogs.Conversation;

/// <summary>
/// The dialog stacks this instance committed last, by conversation, with the JSON they were committed as: when the next
/// turn of a conversation reads exactly that JSON from the store, it takes the stack (and the options its dialogs have
/// read already) from memory instead of parsing it again. Matching the stored JSON, not only the version, keeps this right
/// whatever else changed the stored stack (another instance, "forget me", a deleted and re-created row that starts again at
/// version 1). A stack is taken out while its turn runs, so a turn that fails leaves nothing half-changed behind.
/// Holds at most <c>capacity</c> stacks; beyond that one is dropped.
/// </summary>
internal sealed class DialogStackCache(int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The stack committed as <paramref name="stored"/>, if this instance still has it.</summary>
    public DialogStack? TryTake(ConversationState stored) =>
        _entries.TryRemove(stored.Key, out var entry) && string.Equals(entry.Json, stored.Json, StringComparison.Ordinal) ? entry.Stack : null;

    /// <summary>Keeps the stack a turn has just committed as <paramref name="json"/>.</summary>
    public void Put(string key, string json, DialogStack stack)
    {
        if (capacity <= 0)
        {
            return;
        }

        if (_entries.Count >= capacity)
        {
            // Any one will do: the conversations that are active come back within seconds and are parsed once more.
            foreach (var old in _entries)
            {
                _entries.TryRemove(old.Key, out _);
                break;
            }
        }

        _entries[key] = new Entry(json, stack);
    }

    /// <summary>Forgets every stack (after a "forget me": what was deleted from the store does not linger here).</summary>
    public void Clear() => _entries.Clear();

    private sealed record Entry(string Json, DialogStack Stack);
}
