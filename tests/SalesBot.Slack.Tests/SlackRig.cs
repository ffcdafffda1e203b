using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Playbooks;
using SalesBot.Dialogs.Conversation;
using SalesBot.Slack.Commands;
using SalesBot.Slack.Endpoints;
using SalesBot.Slack.Events;
using SalesBot.Slack.Interactivity;
using SalesBot.Slack.Processing;
using SalesBot.Slack.Signing;
using SalesBot.Slack.WebApi;
using SalesBot.Testing;

namespace SalesBot.Slack.Tests;

/// <summary>The acknowledging half of the Slack adapter (reader, acceptors, endpoints, inbox) on a fake clock, with nothing behind the inbox.</summary>
internal sealed class SlackRig
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public SlackRig(string? secret = Signed.Secret, int queueCapacity = 100, int maxMessageLength = 2000)
    {
        Options = Microsoft.Extensions.Options.Options.Create(new SlackOptions
        {
            SigningSecret = secret,
            BotToken = "xoxb-test",
            QueueCapacity = queueCapacity,
            Workers = 2,
        });
        Inbox = new SlackInbox(Store, Options, Clock, NullLogger<SlackInbox>.Instance);
        var budget = new ResponseUrlBudget(Clock);
        var reader = new SlackRequestReader(new SlackSignatureVerifier(Options, Clock), Options, NullLogger<SlackRequestReader>.Instance);
        Users = new UserDirectory(Api, Clock, NullLogger<UserDirectory>.Instance);
        var language = new AckLanguage(Locales, Users, NullLogger<AckLanguage>.Instance);
        Commands = new CommandAcceptor(Inbox, budget, Microsoft.Extensions.Options.Options.Create(new ConversationOptions { MaxMessageLength = maxMessageLength }), Clock, language);
        Events = new EventAcceptor(Inbox, new DirectMessages(Api), Clock, NullLogger<EventAcceptor>.Instance);
        Interactions = new InteractionAcceptor(Inbox, new ModalSubmission(Playbook), Clock, language);
        CommandsEndpoint = new CommandsEndpoint(reader, Commands);
        EventsEndpoint = new EventsEndpoint(reader, Events);
        InteractionsEndpoint = new InteractionsEndpoint(reader, Interactions);
    }

    public FakeTimeProvider Clock { get; } = new(Now);

    public IOptions<SlackOptions> Options { get; }

    public Playbook Playbook { get; } = PlaybookLoader.LoadDefault();

    public RecordingSlackApi Api { get; } = new();

    /// <summary>The users.info cache of this instance; empty, as after a restart or on another instance.</summary>
    public UserDirectory Users { get; }

    /// <summary>What earlier turns stored of each user's language.</summary>
    public MemoryLocales Locales { get; } = new();

    /// <summary>The inbox records as written (JSON), in memory.</summary>
    public MemoryInbox Store { get; } = new();

    public SlackInbox Inbox { get; }

    public CommandAcceptor Commands { get; }

    public EventAcceptor Events { get; }

    public InteractionAcceptor Interactions { get; }

    public CommandsEndpoint CommandsEndpoint { get; }

    public EventsEndpoint EventsEndpoint { get; }

    public InteractionsEndpoint InteractionsEndpoint { get; }

    /// <summary>Every job written to the inbox so far, read back from its record and taken out of the inbox, oldest first.</summary>
    public List<SlackJob> Drain()
    {
        var jobs = new List<SlackJob>();
        while (Store.ClaimAsync(SlackChannel.Id, "rig", Now, TimeSpan.FromMinutes(1), 100, default).Result is { Count: > 0 } claimed)
        {
            foreach (var item in claimed)
            {
                jobs.Add(SlackJobJson.Read(item.Payload) ?? throw new InvalidOperationException($"Unreadable inbox record: {item.Payload}"));
                _ = Store.CompleteAsync(item.Seq, "rig", default).Result;
            }
        }

        return jobs.OrderBy(job => job.ReceivedAt).ToList();
    }
}
