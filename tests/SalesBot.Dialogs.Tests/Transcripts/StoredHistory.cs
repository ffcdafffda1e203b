using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;
using SalesBot.Dialogs.Localization;

namespace SalesBot.Dialogs.Tests.Transcripts;

/// <summary>A deal's history as the store keeps it (language-neutral codes) and as an English reader sees it.</summary>
internal static class StoredHistory
{
    /// <summary>The stored entries with each detail put into English words; asserts none is stored in words.</summary>
    public static async Task<IReadOnlyList<DealEvent>> InEnglishAsync(this TestBot bot, Owner owner, Deal deal)
    {
        var stored = await bot.Store.GetEventsAsync(owner, deal.Id, default);
        Assert.All(stored, e => Assert.StartsWith("{\"history\":", e.Detail, StringComparison.Ordinal));
        var playbook = bot.Services.GetRequiredService<Playbook>();
        using var culture = BotCulture.Use("en");
        return stored.Select(e => e with { Detail = DealHistory.Render(e.Detail, playbook, deal.Prospect, new PricePoint(5000, "USD")) }).ToList();
    }
}
