using SalesBot.Core.Conversations;

namespace SalesBot.Teams.Mapping;

/// <summary>The channel data of a question activity: <c>{"salesbot":{"kind":"question","progress":…,"tip":…}}</c>.</summary>
internal sealed record QuestionChannelData(QuestionChannelData.Marker Salesbot)
{
    public static QuestionChannelData For(QuestionReply question) => new(new Marker("question", question.Progress, question.Tip));

    internal sealed record Marker(string Kind, Progress? Progress, string? Tip);
}
