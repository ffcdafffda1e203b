using System.Text.Json.Nodes;

namespace SalesBot.Dialogs.Engine;

/// <summary>A Bot Framework-style dialog. Its per-instance state lives in <see cref="DialogInstance.State"/>, never in fields.</summary>
public abstract class Dialog
{
    protected Dialog(string id) => Id = id;

    public string Id { get; }

    /// <summary>Starts the dialog, which is now on top of the stack with <paramref name="options"/> already in its state.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken);

    /// <summary>The user sent a message while this dialog was on top.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog this one started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Ask again whatever this dialog is waiting for.</summary>
    public virtual Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>An interruption (back, skip) travelling down the stack; return true when handled.</summary>
    public virtual Task<bool> OnDialogEventAsync(DialogContext dc, DialogInstance instance, string name, CancellationToken cancellationToken) =>
        Task.FromResult(false);
}
