using System.Text.Json;

namespace SalesBot.Bench.Load;

/// <summary>
/// Replays against the floor exactly the messages a qualification sends to SalesBot (the answers recorded by the probe run),
/// so both targets get the same request bodies in the same rhythm. The floor's reply must be its fixed "ok".
/// </summary>
internal sealed class FloorReplyPolicy(IReadOnlyList<string> answers) : IReplyPolicy
{
    public ReplyOutcome Read(byte[] body, int turn)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("activities", out var activities)
            || activities.GetArrayLength() != 1
            || !activities[0].TryGetProperty("text", out var text)
            || text.GetString() != "ok")
        {
            return ReplyOutcome.Unexpected("the floor did not return its fixed reply");
        }

        return turn < answers.Count ? ReplyOutcome.Send(answers[turn]) : ReplyOutcome.Finished;
    }
}
