using SalesBot.Core.Coaching;
using SalesBot.Dialogs.Conversation;

namespace SalesBot.Dialogs.Engine;

/// <summary>One turn in progress: the incoming message, the deal data it may change, and the replies it produces.</summary>
public sealed class TurnContext(Turn turn, DealSession session, Playbook playbook, TimeProvider time, ICoach coach)
{
    private readonly List<Reply> _replies = [];

    public Turn Turn => turn;

    public DealSession Session => session;

    public Playbook Playbook => playbook;

    public TimeProvider Time => time;

    /// <summary>Summaries and the look at free-text answers: templates, or the AI coach where a tenant opted in.</summary>
    public ICoach Coach => coach;

    public IReadOnlyList<Reply> Replies => _replies;

    /// <summary>The deal and step of the flow in progress when this turn arrived (null outside a flow): what "change budget to 4500" changes.</summary>
    public Flows.QuestionLoopOptions? OpenFlow { get; set; }

    public void Send(Reply reply) => _replies.Add(reply);

    public void Send(string text) => _replies.Add(new TextReply(text));
}
