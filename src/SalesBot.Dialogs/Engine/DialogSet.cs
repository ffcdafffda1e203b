namespace SalesBot.Dialogs.Engine;

/// <summary>The dialogs a conversation can run, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(IEnumerable<Dialog> dialogs)
    {
        foreach (var dialog in dialogs)
        {
            _dialogs.Add(dialog.Id, dialog);
        }
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    public Dialog Get(string id) =>
        Find(id) ?? throw new InvalidOperationException($"No dialog with id '{id}' is registered.");
}
