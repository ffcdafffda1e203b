using System.Text.Json.Nodes;

namespace SalesBot.Dialogs.Engine;

/// <summary>What a waterfall step sees: its options, the result of the previous step, and values kept between steps.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _dialog;
    private readonly DialogInstance _instance;

    internal WaterfallStepContext(WaterfallDialog dialog, DialogContext dc, DialogInstance instance, int index, object? result)
    {
        _dialog = dialog;
        _instance = instance;
        Dialog = dc;
        Index = index;
        Result = result;
    }

    public DialogContext Dialog { get; }

    public TurnContext Context => Dialog.Context;

    public int Index { get; }

    /// <summary>The result of the previous step or of the child dialog it started.</summary>
    public object? Result { get; }

    public T GetOptions<T>() =>
        _instance.GetOptions<T>()
        ?? throw new InvalidOperationException($"Dialog '{_dialog.Id}' was started without {typeof(T).Name}.");

    public T? GetValue<T>(string name) => DialogJson.FromNode<T>(Values[name]);

    public void SetValue<T>(string name, T value) => Values[name] = DialogJson.ToNode(value);

    private JsonObject Values => (JsonObject)_instance.State[WaterfallDialog.ValuesKey]!;

    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken) =>
        _dialog.RunStepAsync(Dialog, _instance, Index + 1, result, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Dialog.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken) =>
        Dialog.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Dialog.ReplaceDialogAsync(dialogId, options, cancellationToken);
}
