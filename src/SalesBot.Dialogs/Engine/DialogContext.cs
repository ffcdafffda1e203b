using System.Text.Json.Nodes;

namespace SalesBot.Dialogs.Engine;

/// <summary>Runs dialogs on a <see cref="DialogStack"/> for one turn.</summary>
public sealed class DialogContext(DialogSet dialogs, TurnContext context, DialogStack stack)
{
    public DialogSet Dialogs => dialogs;

    public TurnContext Context => context;

    public DialogStack Stack => stack;

    public DialogInstance? ActiveDialog => Stack.Top;

    /// <summary>True for a command run in the middle of a flow: it must not ask questions of its own.</summary>
    public bool IsInterruption { get; init; }

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = Dialogs.Get(dialogId);
        var instance = new DialogInstance { Id = dialogId };
        instance.SetOptions(options);
        Stack.Push(instance);
        return dialog.BeginDialogAsync(this, instance.State[DialogInstance.OptionsKey], cancellationToken);
    }

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        if (Dialogs.Find(active.Id) is not { } dialog)
        {
            // A dialog from an older version of the bot: drop the stack rather than fail every turn.
            Stack.Clear();
            return new DialogTurnResult(DialogTurnStatus.Cancelled);
        }

        return await dialog.ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Pops the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        if (!Stack.IsEmpty)
        {
            Stack.Pop();
        }

        if (ActiveDialog is { } parent && Dialogs.Find(parent.Id) is { } dialog)
        {
            return await dialog.ResumeDialogAsync(this, result, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Replaces the active dialog with another (the parent is not resumed): how loops are written.</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        if (!Stack.IsEmpty)
        {
            Stack.Pop();
        }

        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public DialogTurnResult CancelAllDialogs()
    {
        Stack.Clear();
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public async Task RepromptDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is { } active && Dialogs.Find(active.Id) is { } dialog)
        {
            await dialog.RepromptDialogAsync(this, active, cancellationToken);
        }
    }

    /// <summary>Offers an interruption to each dialog from the top of the stack down, until one handles it.</summary>
    public async Task<bool> EmitEventAsync(string name, CancellationToken cancellationToken)
    {
        for (var i = Stack.Entries.Count - 1; i >= 0; i--)
        {
            var instance = Stack.Entries[i];
            if (Dialogs.Find(instance.Id) is { } dialog && await dialog.OnDialogEventAsync(this, instance, name, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Pops every dialog above <paramref name="instance"/>, making it the active dialog.</summary>
    public void PopTo(DialogInstance instance)
    {
        while (ActiveDialog is { } top && !ReferenceEquals(top, instance))
        {
            Stack.Pop();
        }
    }

    public static JsonNode? ToNode(object? value) => DialogJson.ToNode(value);

    public static T? FromNode<T>(JsonNode? node) => DialogJson.FromNode<T>(node);
}
