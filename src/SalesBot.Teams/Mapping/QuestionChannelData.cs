using SalesBot.Core.Conversations;

namespace SalesBot.Teams.Mapping;

/// <summary>
/// The channel data of a question activity: <c>{"salesbot":{"kind":"question","progress":{…,"line":…},"tip":…}}</c>; the
/// progress carries its line in the reply's language, for the local chat's progress bar.
/// </summary>
internal sealed record QuestionChannelData(QuestionChannelData.Marker Salesbot)
{
    public static QuestionChannelData For(QuestionReply question) => new(new Marker(
        "question",
        question.Progress is { } progress ? new ProgressData(progress.Flow, progress.Prospect, progress.Current, progress.Total, Cards.CardText.ProgressLine(progress)) : null,
        question.Tip));

    internal sealed record Marker(string Kind, ProgressData? Progress, string? Tip);

    internal sealed record ProgressData(string Flow, string Prospect, int Current, int Total, string Line);
}
