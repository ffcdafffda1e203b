using SalesBot.Core.Coaching;
using SalesBot.Core.Nudges;
using SalesBot.Core.Qualification;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;
using SalesBot.Dialogs.Nudges;

namespace SalesBot.Dialogs.Conversation;

/// <summary>
/// The deal data of one turn: reads go to the store (and see this turn's own changes);
/// writes are collected and committed together with the dialog state, all or nothing.
/// </summary>
public sealed class DealSession
{
    private readonly ISalesBotStore _store;
    private readonly TimeProvider _time;
    private readonly List<Deal> _newDeals = [];
    private readonly Dictionary<string, Deal> _changedDeals = [];
    private readonly List<Answer> _answers = [];
    private readonly List<Touch> _touches = [];
    private readonly List<DealEvent> _events = [];
    private readonly Dictionary<string, DealRecord> _records = [];
    private IReadOnlyList<Deal>? _storedDeals;
    private readonly List<string> _forgotten = [];
    private readonly List<NudgePlan> _nudgePlans = [];
    private readonly List<NudgeSnooze> _nudgeSnoozes = [];
    private readonly List<NudgeCompletion> _nudgeCompletions = [];
    private UserProfile? _profile;
    private bool _profileChanged;
    private bool _replanAll;
    private bool _forgetOwner;

    /// <summary>The starting price and currency of a user who has set none: the playbook's price in the currency of the turn's language.</summary>
    public PricePoint Defaults { get; set; }

    public DealSession(ISalesBotStore store, Owner owner, string author, TimeProvider time, PricePoint defaults, NudgeServices? nudges = null)
    {
        _store = store;
        Owner = owner;
        Author = author;
        _time = time;
        Defaults = defaults;
        Nudges = nudges;
    }

    /// <summary>Null where nudges are not part of the app (some tests); then nothing is planned.</summary>
    public NudgeServices? Nudges { get; }

    public Owner Owner { get; }

    public string Author { get; }

    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>
    /// Takes what the turn read at its start (the profile, the deals, the record of the deal the stack works on), so the
    /// session does not read them again.
    /// </summary>
    public void UseStored(TurnStart start)
    {
        _storedDeals ??= start.Deals;
        _profile ??= start.Profile ?? NewProfile();
        if (start is { DealId: { } dealId, DealRecord: { } record })
        {
            _records.TryAdd(dealId, record);
        }
    }

    public async Task<IReadOnlyList<Deal>> ListDealsAsync(CancellationToken cancellationToken)
    {
        _storedDeals ??= await _store.ListDealsAsync(Owner, cancellationToken);
        return _forgetOwner
            ? []
            : _storedDeals.Select(d => _changedDeals.GetValueOrDefault(d.Id, d)).Concat(_newDeals).Where(d => !_forgotten.Contains(d.Id)).ToList();
    }

    public async Task<Deal?> GetDealAsync(string dealId, CancellationToken cancellationToken) =>
        (await ListDealsAsync(cancellationToken)).FirstOrDefault(d => d.Id == dealId);

    public Deal StartDeal(string prospect)
    {
        var deal = Deal.Start(Owner, prospect, Now);
        _newDeals.Add(deal);
        AddEvent(deal, "created", DealHistory.Created(deal.Prospect));
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
        var stored = _newDeals.Any(d => d.Id == dealId) ? [] : (await StoredAsync(dealId, withEvents: false, cancellationToken)).Answers;
        return new AnswerSheet(stored.Concat(_answers.Where(a => a.DealId == dealId)));
    }

    /// <summary>Appends a new version of the answer; the old versions stay.</summary>
    public async Task<Answer> RecordAnswerAsync(Deal deal, string stepId, string questionId, string value, string? note, CancellationToken cancellationToken)
    {
        var sheet = await GetAnswersAsync(deal.Id, cancellationToken);
        var answer = new Answer(deal.Id, stepId, questionId, sheet.NextVersion(stepId, questionId), value, note, Now, Author);
        if (sheet.Current(stepId, questionId) is { } before && (before.Value != value || before.Note != note))
        {
            AddEvent(deal, "answer", DealHistory.Changed(stepId, questionId, before.Version, answer.Version, before, value, note));
        }

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

    /// <summary>Deletes the deal for good when the turn commits (with its answers, touches and history).</summary>
    public void Forget(Deal deal)
    {
        _forgotten.Add(deal.Id);
        _changedDeals.Remove(deal.Id);
        _answers.RemoveAll(a => a.DealId == deal.Id);
        _touches.RemoveAll(t => t.DealId == deal.Id);
        _events.RemoveAll(e => e.DealId == deal.Id);
        if (_newDeals.Remove(deal))
        {
            _forgotten.Remove(deal.Id);
        }
    }

    /// <summary>"forget me": when the turn commits, everything stored about this user goes.</summary>
    public void ForgetOwner() => _forgetOwner = true;

    public void AddEvent(Deal deal, string kind, string detail) =>
        _events.Add(new DealEvent(deal.Id, kind, detail, Now, Author));

    public async Task<UserProfile> GetProfileAsync(CancellationToken cancellationToken)
    {
        _profile ??= await _store.GetProfileAsync(Owner, cancellationToken) ?? NewProfile();
        return _profile;
    }

    /// <summary>The profile of a user who has stored none.</summary>
    private UserProfile NewProfile() => new(Owner, Defaults.StartingPrice, UserProfile.DefaultCurrency, null, null, Now);

    public void SaveProfile(UserProfile profile)
    {
        _profile = profile with { UpdatedAt = Now };
        _profileChanged = true;
    }

    /// <summary>Keeps the time zone the channel reported; a new zone re-plans every deal's nudges.</summary>
    public async Task NoteTimeZoneAsync(string? timeZone, CancellationToken cancellationToken)
    {
        if (Nudges is null || timeZone is not { Length: > 0 } || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            return;
        }

        var profile = await GetProfileAsync(cancellationToken);
        if (!string.Equals(profile.TimeZone, timeZone, StringComparison.Ordinal))
        {
            SaveProfile(profile with { TimeZone = timeZone });
            ReplanAllNudges();
        }
    }

    /// <summary>The user's nudge timing (zone, working hours, digest, pause) as this turn leaves it.</summary>
    public async Task<NudgeTiming> GetNudgeTimingAsync(CancellationToken cancellationToken) =>
        (Nudges ?? throw new InvalidOperationException("Nudges are not configured.")).TimingFor(await GetProfileAsync(cancellationToken));

    /// <summary>Plan every deal's nudges at the end of the turn, not only the changed ones (time zone, pause or digest changed).</summary>
    public void ReplanAllNudges() => _replanAll = true;

    public void SnoozeNudge(string nudgeId, DateTimeOffset dueAt) => _nudgeSnoozes.Add(new NudgeSnooze(nudgeId, dueAt));

    public void CompleteNudge(string nudgeId) => _nudgeCompletions.Add(new NudgeCompletion(nudgeId));

    /// <summary>Works out the nudges each changed deal wants now; they are written with the turn.</summary>
    public async Task PlanNudgesAsync(CancellationToken cancellationToken)
    {
        _nudgePlans.Clear();
        if (Nudges is null)
        {
            return;
        }

        var deals = _replanAll ? await ListDealsAsync(cancellationToken) : _newDeals.Concat(_changedDeals.Values).ToList();
        if (deals.Count == 0)
        {
            return;
        }

        var timing = await GetNudgeTimingAsync(cancellationToken);
        foreach (var deal in deals)
        {
            var snapshot = await SnapshotAsync(deal, Nudges.Planner.ReadsEvents(deal), cancellationToken);
            _nudgePlans.Add(new NudgePlan(deal.Id, Nudges.Planner.Plan(snapshot, timing, Now)));
        }
    }

    public async Task<PricePoint> GetPriceAsync(CancellationToken cancellationToken)
    {
        var profile = await GetProfileAsync(cancellationToken);
        return new PricePoint(profile.StartingPrice, profile.CurrencyOr(Defaults.Currency));
    }

    public Task<DealSnapshot> SnapshotAsync(Deal deal, CancellationToken cancellationToken) => SnapshotAsync(deal, withEvents: true, cancellationToken);

    /// <summary>
    /// Without events, the snapshot has none of the stored ones (only this turn's); for readers that do not look at them.
    /// Stored answers, touches and events are read once per turn.
    /// </summary>
    private async Task<DealSnapshot> SnapshotAsync(Deal deal, bool withEvents, CancellationToken cancellationToken)
    {
        var stored = _newDeals.Contains(deal) ? null : await StoredAsync(deal.Id, withEvents, cancellationToken);
        return new DealSnapshot(
            deal,
            await GetAnswersAsync(deal.Id, cancellationToken),
            (stored?.Touches ?? []).Concat(_touches.Where(t => t.DealId == deal.Id)).ToList(),
            (withEvents ? stored?.Events ?? [] : []).Concat(_events.Where(e => e.DealId == deal.Id)).ToList(),
            await GetPriceAsync(cancellationToken));
    }

    /// <summary>
    /// What the store holds under the deal, read at most once per turn (the events only when first asked for): only the
    /// commit writes it, so it cannot change meanwhile.
    /// </summary>
    private async Task<DealRecord> StoredAsync(string dealId, bool withEvents, CancellationToken cancellationToken)
    {
        if (!_records.TryGetValue(dealId, out var record))
        {
            record = await _store.GetDealRecordAsync(Owner, dealId, withEvents, cancellationToken);
        }
        else if (withEvents && record.Events is null)
        {
            record = record with { Events = await _store.GetEventsAsync(Owner, dealId, cancellationToken) };
        }

        _records[dealId] = record;
        return record;
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
        Profile = _profileChanged && !_forgetOwner ? _profile : null,
        NudgePlans = _forgetOwner ? [] : _nudgePlans,
        NudgeSnoozes = _forgetOwner ? [] : _nudgeSnoozes,
        NudgeCompletions = _forgetOwner ? [] : _nudgeCompletions,
        ForgottenDealIds = _forgetOwner ? [] : _forgotten,
        ForgetOwner = _forgetOwner,
    };

    /// <summary>Where the session knows the playbook: the question's short name for the history, never its ids.</summary>
    public Core.Playbooks.Playbook? Playbook { get; init; }

}
