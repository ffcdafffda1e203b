using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Qualification;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;

namespace SalesBot.Dialogs.Conversation;

/// <summary>
/// The deal data of one turn: reads go to the store (and see this turn's own changes);
/// writes are collected and committed together with the dialog state, all or nothing.
/// </summary>
public sealed class DealSession
{
    private readonly ISalesBotStore _store;
    private readonly TimeProvider _time;
    private readonly PricePoint _defaults;
    private readonly List<Deal> _newDeals = [];
    private readonly Dictionary<string, Deal> _changedDeals = [];
    private readonly List<Answer> _answers = [];
    private readonly List<Touch> _touches = [];
    private readonly List<DealEvent> _events = [];
    private readonly Dictionary<string, IReadOnlyList<Answer>> _storedAnswers = [];
    private IReadOnlyList<Deal>? _storedDeals;
    private UserProfile? _profile;
    private bool _profileChanged;

    public DealSession(ISalesBotStore store, Owner owner, string author, TimeProvider time, PricePoint defaults)
    {
        _store = store;
        Owner = owner;
        Author = author;
        _time = time;
        _defaults = defaults;
    }

    public Owner Owner { get; }

    public string Author { get; }

    public DateTimeOffset Now => _time.GetUtcNow();

    public async Task<IReadOnlyList<Deal>> ListDealsAsync(CancellationToken cancellationToken)
    {
        _storedDeals ??= await _store.ListDealsAsync(Owner, cancellationToken);
        return _storedDeals.Select(d => _changedDeals.GetValueOrDefault(d.Id, d)).Concat(_newDeals).ToList();
    }

    public async Task<Deal?> GetDealAsync(string dealId, CancellationToken cancellationToken) =>
        (await ListDealsAsync(cancellationToken)).FirstOrDefault(d => d.Id == dealId);

    public Deal StartDeal(string prospect)
    {
        var deal = Deal.Start(Owner, prospect, Now);
        _newDeals.Add(deal);
        AddEvent(deal, "created", $"Deal created for {deal.Prospect}.");
        return deal;
    }

    /// <summary>Remembers that the deal changed so that the commit writes it.</summary>
    public void Changed(Deal deal)
    {
        if (!_newDeals.Contains(deal))
        {
            _changedDeals[deal.Id] = deal;
        }
    }

    public async Task<AnswerSheet> GetAnswersAsync(string dealId, CancellationToken cancellationToken)
    {
        // Read once per turn: recording an answer, asking the next question and wrapping up a step all need the sheet.
        if (!_storedAnswers.TryGetValue(dealId, out var stored))
        {
            stored = _newDeals.Any(d => d.Id == dealId) ? [] : await _store.GetAnswersAsync(Owner, dealId, cancellationToken);
            _storedAnswers[dealId] = stored;
        }

        return new AnswerSheet(stored.Concat(_answers.Where(a => a.DealId == dealId)));
    }

    /// <summary>Appends a new version of the answer; the old versions stay.</summary>
    public async Task<Answer> RecordAnswerAsync(Deal deal, string stepId, string questionId, string value, string? note, CancellationToken cancellationToken)
    {
        var sheet = await GetAnswersAsync(deal.Id, cancellationToken);
        var answer = new Answer(deal.Id, stepId, questionId, sheet.NextVersion(stepId, questionId), value, note, Now, Author);
        _answers.Add(answer);
        deal.Touch(Now);
        Changed(deal);
        return answer;
    }

    public void AddTouch(Deal deal, TouchKind kind, string outcome)
    {
        _touches.Add(new Touch(deal.Id, kind, outcome, Now, Author));
        deal.Touch(Now);
        Changed(deal);
    }

    public void AddEvent(Deal deal, string kind, string detail) =>
        _events.Add(new DealEvent(deal.Id, kind, detail, Now, Author));

    public async Task<UserProfile> GetProfileAsync(CancellationToken cancellationToken)
    {
        _profile ??= await _store.GetProfileAsync(Owner, cancellationToken)
            ?? new UserProfile(Owner, _defaults.StartingPrice, _defaults.Currency, null, null, Now);
        return _profile;
    }

    public void SaveProfile(UserProfile profile)
    {
        _profile = profile with { UpdatedAt = Now };
        _profileChanged = true;
    }

    public async Task<PricePoint> GetPriceAsync(CancellationToken cancellationToken)
    {
        var profile = await GetProfileAsync(cancellationToken);
        return new PricePoint(profile.StartingPrice, profile.Currency);
    }

    public async Task<DealSnapshot> SnapshotAsync(Deal deal, CancellationToken cancellationToken)
    {
        var isNew = _newDeals.Contains(deal);
        var touches = isNew ? [] : await _store.GetTouchesAsync(Owner, deal.Id, cancellationToken);
        var events = isNew ? [] : await _store.GetEventsAsync(Owner, deal.Id, cancellationToken);
        return new DealSnapshot(
            deal,
            await GetAnswersAsync(deal.Id, cancellationToken),
            touches.Concat(_touches.Where(t => t.DealId == deal.Id)).ToList(),
            events.Concat(_events.Where(e => e.DealId == deal.Id)).ToList(),
            await GetPriceAsync(cancellationToken));
    }

    /// <summary>Everything this turn changed, with the new dialog state.</summary>
    public TurnCommit BuildCommit(ConversationStateWrite? state) => new(Owner)
    {
        State = state,
        NewDeals = _newDeals,
        ChangedDeals = _changedDeals.Values.ToList(),
        Answers = _answers,
        Touches = _touches,
        Events = _events,
        Profile = _profileChanged ? _profile : null,
    };
}
