using System.Text.Json.Nodes;

namespace SalesBot.Dialogs.Engine;

/// <summary>A dialog that runs its steps in order; a step that starts a child dialog resumes at the next step with its result.</summary>
public class WaterfallDialog : Dialog
{
    internal const string OptionsKey = DialogInstance.OptionsKey;
    internal const string ValuesKey = "values";
    private const string StepKey = "step";
    private readonly List<WaterfallStep> _steps = [];

    public WaterfallDialog(string id, IEnumerable<WaterfallStep>? steps = null)
        : base(id)
    {
        if (steps is not null)
        {
            _steps.AddRange(steps);
        }
    }

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        instance.State[ValuesKey] = new JsonObject();
        return RunStepAsync(dc, instance, 0, null, cancellationToken);
    }

    /// <summary>A message arrived while the waterfall itself waited (a step ended the turn without a prompt).</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        return RunStepAsync(dc, instance, CurrentStep(instance) + 1, dc.Context.Turn.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        return RunStepAsync(dc, instance, CurrentStep(instance) + 1, result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, DialogInstance instance, int index, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        instance.State[StepKey] = index;
        return await _steps[index](new WaterfallStepContext(this, dc, instance, index, result), cancellationToken);
    }

    private static int CurrentStep(DialogInstance instance) => instance.State[StepKey]?.GetValue<int>() ?? 0;
}
