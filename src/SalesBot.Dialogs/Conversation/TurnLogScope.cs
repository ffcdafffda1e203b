using System.Collections;

namespace SalesBot.Dialogs.Conversation;

/// <summary>
/// The logging scope of one turn: structured fields TurnId and ChannelId for JSON logs, and
/// "TurnId:... ChannelId:..." for the plain console.
/// </summary>
internal sealed class TurnLogScope(string turnId, string channelId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 2;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("TurnId", turnId),
        1 => new("ChannelId", channelId),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"TurnId:{turnId} ChannelId:{channelId}";
}
