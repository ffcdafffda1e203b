using System.Text.Json.Nodes;

namespace SalesBot.Dialogs.Engine;

/// <summary>A dialog on the stack and its persisted state.</summary>
public sealed class DialogInstance
{
    /// <summary>Where every dialog's state keeps the options it was started with.</summary>
    public const string OptionsKey = "options";

    private JsonNode? _optionsNode;
    private object? _options;

    public required string Id { get; init; }

    public JsonObject State { get; init; } = [];

    /// <summary>
    /// The options the dialog was started with. They are read from the state's JSON once and then kept, so a turn that
    /// looks at them several times (interruptions, the step, a re-prompt) pays for one read; a different node under
    /// <see cref="OptionsKey"/> is read afresh.
    /// </summary>
    public T? GetOptions<T>()
    {
        var node = State[OptionsKey];
        if (node is null)
        {
            return default;
        }

        if (ReferenceEquals(node, _optionsNode) && _options is T known)
        {
            return known;
        }

        var options = DialogJson.FromNode<T>(node);
        (_optionsNode, _options) = (node, options);
        return options;
    }

    /// <summary>Stores the options the dialog starts with, keeping the object itself for <see cref="GetOptions{T}"/>.</summary>
    internal void SetOptions(object? options)
    {
        var node = DialogJson.ToNode(options);
        State[OptionsKey] = node;
        (_optionsNode, _options) = (node, node is null ? null : options);
    }
}
