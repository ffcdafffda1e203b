using System.Collections.Concurrent;

namespace SalesBot.Slack.Processing;

/// <summary>
/// The question message with buttons each user has open. When the user answers (button or typed), that message is
/// updated to show the answer and loses its buttons; a click on any other question message is stale. Kept in memory:
/// after a restart a click is accepted once per message (the delivery store remembers answered messages).
/// </summary>
internal sealed class OpenQuestions
{
    private readonly ConcurrentDictionary<string, OpenQuestion> _open = new(StringComparer.Ordinal);

    public OpenQuestion? Get(string conversation) => _open.GetValueOrDefault(conversation);

    public void Set(string conversation, OpenQuestion question)
    {
        if (_open.Count > 100_000)
        {
            _open.Clear();
        }

        _open[conversation] = question;
    }

    public OpenQuestion? Take(string conversation) => _open.TryRemove(conversation, out var question) ? question : null;
}
