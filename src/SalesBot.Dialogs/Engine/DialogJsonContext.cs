using System.Text.Json;
using System.Text.Json.Serialization;
using SalesBot.Dialogs.Commands;
using SalesBot.Dialogs.Flows;
using SalesBot.Dialogs.Privacy;
using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Engine;

/// <summary>
/// Compile-time JSON metadata for the dialog stack and the options SalesBot's own dialogs are started with, so no turn
/// pays for reflection. Other types still work through <see cref="DialogJson.Options"/>' reflection fallback.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredStack))]
[JsonSerializable(typeof(PromptOptions))]
[JsonSerializable(typeof(QuestionLoopOptions))]
[JsonSerializable(typeof(StepOptions))]
[JsonSerializable(typeof(ChooseDealOptions))]
[JsonSerializable(typeof(ConfirmOptions))]
internal sealed partial class DialogJsonContext : JsonSerializerContext;
