using System.Text.Json;
using System.Text.Json.Serialization;
using SalesBot.Teams.Mapping;
using SalesBot.Teams.Proactive;

namespace SalesBot.Teams.Schema;

/// <summary>
/// Compile-time JSON metadata for what every turn reads and writes on the wire: the Activity in, the replies out. Card
/// contents (<see cref="Attachment.Content"/>) and anything else not listed go through <see cref="BotJson.Options"/>'
/// reflection fallback. The options here match <see cref="BotJson.Options"/>. Metadata only: the generated fast-path writer
/// would write a card's content with this context alone, which knows no card types.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(TeamsReference))]
[JsonSerializable(typeof(QuestionChannelData))]
internal sealed partial class BotJsonContext : JsonSerializerContext;
