using SalesBot.Core.Conversations;

namespace SalesBot.Bench.Store;

/// <summary>
/// The ids of every seeded deal by owner (as Guids: 1M of them take 16 MB, not 100), so the timed operations can pick
/// a random existing deal of a random owner, and the next version of the answer each deal was last given.
/// </summary>
internal sealed class DealBook
{
    public const string Tenant = "bench-tenant";

    private readonly List<Guid>[] _deals;
    private readonly Dictionary<Guid, int> _answerVersions = [];
    private readonly Lock _gate = new();

    public DealBook(string prefix, int owners)
    {
        Owners = Enumerable.Range(0, owners).Select(i => new Owner(Tenant, $"{prefix}-{i:D4}")).ToArray();
        _deals = Owners.Select(_ => new List<Guid>()).ToArray();
    }

    public IReadOnlyList<Owner> Owners { get; }

    public int DealsPerOwner => _deals.Min(list => list.Count);

    public int CountOf(int owner) => _deals[owner].Count;

    public long Total => _deals.Sum(list => (long)list.Count);

    /// <summary>The <paramref name="index"/>-th deal seeded for owner number <paramref name="owner"/>.</summary>
    public string DealAt(int owner, int index) => _deals[owner][index].ToString("N");

    public void Add(int owner, string dealId) => _deals[owner].Add(Guid.ParseExact(dealId, "N"));

    public (Owner Owner, string DealId) RandomDeal(Random random)
    {
        var owner = random.Next(Owners.Count);
        var deals = _deals[owner];
        return (Owners[owner], deals[random.Next(deals.Count)].ToString("N"));
    }

    public Owner RandomOwner(Random random) => Owners[random.Next(Owners.Count)];

    /// <summary>The version the next answer to the bench question on this deal must carry (1 for the first).</summary>
    public int NextAnswerVersion(string dealId)
    {
        var id = Guid.ParseExact(dealId, "N");
        lock (_gate)
        {
            var next = _answerVersions.GetValueOrDefault(id) + 1;
            _answerVersions[id] = next;
            return next;
        }
    }
}
