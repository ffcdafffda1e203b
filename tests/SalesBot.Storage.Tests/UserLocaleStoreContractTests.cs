using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;

namespace SalesBot.Storage.Tests;

/// <summary>What every <see cref="IUserLocaleStore"/> must read: the chosen language and the channel's locale, per owner and channel.</summary>
public abstract class UserLocaleStoreContractTests
{
    private static readonly Owner Alice = new("tenant-a", "alice");
    private static readonly Owner AliceElsewhere = new("tenant-b", "alice");
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => CancellationToken.None;

    protected abstract Task<(ISalesBotStore Store, IUserLocaleStore Locales)> CreateStoresAsync();

    [Fact]
    public async Task NothingStored_ReadsNoLocales()
    {
        var (_, locales) = await CreateStoresAsync();

        Assert.Equal(UserLocales.None, await locales.GetLocalesAsync(Alice, "slack", Ct));
    }

    [Fact]
    public async Task TheChosenLanguageAndTheChannelsLocale_AreReadTogether_ForThatOwnerAndChannelOnly()
    {
        var (store, locales) = await CreateStoresAsync();
        await store.CommitAsync(new TurnCommit(Alice)
        {
            Profile = new UserProfile(Alice, 5000m, UserProfile.DefaultCurrency, "ru", null, T0),
            Address = new ChannelAddress(Alice, "slack", "{}", "pl-PL", null, true, null, T0),
        }, Ct);

        Assert.Equal(new UserLocales("ru", "pl-PL"), await locales.GetLocalesAsync(Alice, "slack", Ct));
        Assert.Equal(new UserLocales("ru", null), await locales.GetLocalesAsync(Alice, "msteams", Ct));
        Assert.Equal(UserLocales.None, await locales.GetLocalesAsync(AliceElsewhere, "slack", Ct));
    }

    [Fact]
    public async Task AnAddressWithoutAProfile_ReadsOnlyTheChannelsLocale()
    {
        var (store, locales) = await CreateStoresAsync();
        await store.CommitAsync(new TurnCommit(Alice) { Address = new ChannelAddress(Alice, "slack", "{}", "pl-PL", null, true, null, T0) }, Ct);

        Assert.Equal(new UserLocales(null, "pl-PL"), await locales.GetLocalesAsync(Alice, "slack", Ct));
    }
}
