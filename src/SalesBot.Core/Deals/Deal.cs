using SalesBot.Core.Conversations;

namespace SalesBot.Core.Deals;

/// <summary>A prospect being worked by one salesperson. Changes only through its methods.</summary>
public sealed class Deal
{
    private readonly List<string> _completedSteps;

    public Deal(
        string id,
        Owner owner,
        string prospect,
        DealLink stage,
        DealStatus status,
        IEnumerable<string> completedSteps,
        string? closedReason,
        DateTimeOffset createdAt,
        DateTimeOffset updatedAt,
        long version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(prospect);
        Id = id;
        Owner = owner;
        Prospect = prospect;
        Stage = stage;
        Status = status;
        _completedSteps = completedSteps.ToList();
        ClosedReason = closedReason;
        CreatedAt = createdAt;
        UpdatedAt = updatedAt;
        Version = version;
    }

    public string Id { get; }
    public Owner Owner { get; }
    public string Prospect { get; }
    public DealLink Stage { get; private set; }
    public DealStatus Status { get; private set; }
    public IReadOnlyList<string> CompletedSteps => _completedSteps;
    public string? ClosedReason { get; private set; }
    public DateTimeOffset CreatedAt { get; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The version read from the store; the store refuses an update whose version moved on.</summary>
    public long Version { get; private set; }

    public bool IsOpen => Status == DealStatus.Open;

    public static Deal Start(Owner owner, string prospect, DateTimeOffset now) =>
        new(Guid.NewGuid().ToString("N"), owner, prospect.Trim(), DealLink.Entry, DealStatus.Open, [], null, now, now, 0);

    public bool HasCompleted(string stepId) => _completedSteps.Contains(stepId, StringComparer.OrdinalIgnoreCase);

    /// <summary>Marks a playbook step done and moves the deal forward to that step's link (never backward).</summary>
    public void CompleteStep(string stepId, DealLink link, DateTimeOffset now)
    {
        if (!HasCompleted(stepId))
        {
            _completedSteps.Add(stepId);
        }

        if (link > Stage)
        {
            Stage = link;
        }

        UpdatedAt = now;
    }

    /// <summary>Puts the deal at a link chosen by the user, forward or back.</summary>
    public void MoveTo(DealLink link, DateTimeOffset now)
    {
        Stage = link;
        UpdatedAt = now;
    }

    public void Close(DealStatus status, string reason, DateTimeOffset now)
    {
        if (status == DealStatus.Open)
        {
            throw new ArgumentException("Closing needs won, lost or dropped.", nameof(status));
        }

        Status = status;
        ClosedReason = reason;
        if (status == DealStatus.Won && Stage < DealLink.Contract)
        {
            Stage = DealLink.Contract;
        }

        UpdatedAt = now;
    }

    public void Reopen(DateTimeOffset now)
    {
        Status = DealStatus.Open;
        ClosedReason = null;
        UpdatedAt = now;
    }

    public void Touch(DateTimeOffset now) => UpdatedAt = now;

    /// <summary>Called by the store after a successful write.</summary>
    public void MarkSaved(long version) => Version = version;
}
