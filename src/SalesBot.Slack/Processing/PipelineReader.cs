using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;
using SalesBot.Core.Storage;
using SalesBot.Dialogs.Conversation;

namespace SalesBot.Slack.Processing;

/// <summary>A user's pipeline straight from the store (read only, no dialog state touched), ordered as the "deals" command orders it.</summary>
internal sealed class PipelineReader(ISalesBotStore store, Playbook playbook, TimeProvider time)
{
    public Task<IReadOnlyList<PipelineEntry>> ReadAsync(Owner owner, CancellationToken cancellationToken) => ReadAsync(owner, playbook, cancellationToken);

    /// <summary>The pipeline with its texts from <paramref name="inLanguage"/>, the playbook in the user's language.</summary>
    public async Task<IReadOnlyList<PipelineEntry>> ReadAsync(Owner owner, Playbook inLanguage, CancellationToken cancellationToken)
    {
        var session = new DealSession(store, owner, owner.UserId, time, new PricePoint(playbook.Defaults.StartingPrice, playbook.Defaults.Currency));
        var entries = new List<PipelineEntry>();
        var deals = await session.ListDealsAsync(cancellationToken);
        foreach (var deal in deals.OrderBy(d => d.Status).ThenBy(d => d.Stage).ThenBy(d => d.Prospect, StringComparer.OrdinalIgnoreCase))
        {
            entries.Add(DealViewBuilder.Line(inLanguage, await session.SnapshotAsync(deal, cancellationToken)));
        }

        return entries;
    }
}
