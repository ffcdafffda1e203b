using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Dialogs.Tests.Transcripts;

/// <summary>
/// A conversation test that reads as a transcript, in the style of Bot Framework's TestFlow:
/// <c>flow.Send("qualify Acme").AssertReply("New deal").AssertQuestion(1, 10)</c>. Steps run in order on <see cref="StartTestAsync"/>.
/// </summary>
internal sealed class TestFlow
{
    private readonly TestBot _bot;
    private readonly Turn _turn;
    private readonly List<Func<Task>> _steps = [];
    private readonly Queue<Reply> _pending = new();
    private readonly List<string> _transcript = [];
    private readonly List<string> _hints = [];
    private readonly HashSet<string> _replayed = new(StringComparer.Ordinal);

    public TestFlow(TestBot bot, Turn turn)
    {
        _bot = bot;
        _turn = turn;
    }

    public Turn Turn => _turn;

    public TestFlow Send(string text)
    {
        _steps.Add(async () =>
        {
            Assert.True(_pending.Count == 0, $"Unchecked replies before sending \"{text}\":\n{string.Join("\n---\n", _pending.Select(TextRenderer.Render))}");
            _transcript.Add("> " + text);
            foreach (var reply in await _bot.Engine.ProcessAsync(_turn with { Text = text }, CancellationToken.None))
            {
                var rendered = TextRenderer.Render(reply);
                _transcript.Add(rendered);
                _hints.AddRange(SuggestedCommands.In(rendered).Where(h => !_hints.Contains(h)));
                _pending.Enqueue(reply);
            }
        });
        return this;
    }

    /// <summary>The next reply's text contains every one of <paramref name="fragments"/>.</summary>
    public TestFlow AssertReply(params string[] fragments) => AssertReply<Reply>(reply =>
    {
        var text = TextRenderer.Render(reply);
        foreach (var fragment in fragments)
        {
            Assert.True(text.Contains(fragment, StringComparison.Ordinal), $"Expected a reply containing \"{fragment}\" but got:\n{text}\n\nTranscript:\n{Transcript}");
        }
    });

    public TestFlow AssertReply<T>(Action<T> check)
        where T : Reply
    {
        _steps.Add(() =>
        {
            Assert.True(_pending.Count > 0, $"Expected a {typeof(T).Name} but there was no more reply.\n\nTranscript:\n{Transcript}");
            var reply = _pending.Dequeue();
            Assert.True(reply is T, $"Expected a {typeof(T).Name} but got:\n{TextRenderer.Render(reply)}\n\nTranscript:\n{Transcript}");
            var typed = (T)reply;
            check(typed);
            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>The next reply is question <paramref name="current"/> of <paramref name="total"/>, optionally containing text.</summary>
    public TestFlow AssertQuestion(int current, int total, string? contains = null) => AssertReply<QuestionReply>(question =>
    {
        Assert.NotNull(question.Progress);
        Assert.True(question.Progress!.Current == current && question.Progress.Total == total, $"Expected question {current} of {total} but got {question.Progress}: {question.Text}\n\nTranscript:\n{Transcript}");
        if (contains is not null)
        {
            Assert.Contains(contains, question.Text, StringComparison.Ordinal);
        }
    });

    /// <summary>Skips over replies until one contains <paramref name="fragment"/>.</summary>
    public TestFlow AssertEventually(string fragment)
    {
        _steps.Add(() =>
        {
            while (_pending.Count > 0)
            {
                if (TextRenderer.Render(_pending.Dequeue()).Contains(fragment, StringComparison.Ordinal))
                {
                    return Task.CompletedTask;
                }
            }

            Assert.Fail($"No reply contained \"{fragment}\".\n\nTranscript:\n{Transcript}");
            return Task.CompletedTask;
        });
        return this;
    }

    public TestFlow AssertNoMoreReplies()
    {
        _steps.Add(() =>
        {
            Assert.True(_pending.Count == 0, $"Unexpected replies:\n{string.Join("\n---\n", _pending.Select(TextRenderer.Render))}");
            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>Drops the replies of the last message unchecked (for set-up turns).</summary>
    public TestFlow IgnoreReplies()
    {
        _steps.Add(() =>
        {
            _pending.Clear();
            return Task.CompletedTask;
        });
        return this;
    }

    public TestFlow Do(Func<Task> action)
    {
        _steps.Add(action);
        return this;
    }

    public string Transcript => string.Join("\n", _transcript);

    /// <summary>Every command the bot suggested in `backticks` so far, in the order it first suggested them.</summary>
    public IReadOnlyList<string> Hints => _hints;

    /// <summary>
    /// Runs the steps, then types every command the bot suggested back to a copy of the bot (same user, same data,
    /// a fresh conversation), so that no test leaves a hint behind that fails when followed.
    /// </summary>
    public async Task StartTestAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }

        _steps.Clear();
        var fresh = _hints.Where(_replayed.Add).ToList();
        if (fresh.Count > 0)
        {
            await SuggestedCommands.AssertEachWorksAsync(_bot, _turn, fresh, Transcript);
        }
    }
}
