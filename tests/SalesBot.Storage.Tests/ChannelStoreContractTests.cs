using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;

namespace SalesBot.Storage.Tests;

/// <summary>What every <see cref="IChannelStore"/> must do; a provider's test class derives from this.</summary>
public abstract class ChannelStoreContractTests
{
    protected static readonly Owner Alice = new("tenant-a", "alice");
    protected static readonly Owner AliceElsewhere = new("tenant-b", "alice");
    protected static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    protected static CancellationToken Ct => CancellationToken.None;

    protected abstract Task<IChannelStore> CreateStoreAsync();

    [Fact]
    public async Task SavedAddress_IsReadBackPerOwnerAndChannel_AndNotByAnotherTenant()
    {
        var store = await CreateStoreAsync();
        var address = new ChannelAddress(Alice, "msteams", "{\"conversation\":{\"id\":\"a:1\"}}", "pl-PL", "Europe/Warsaw", true, null, T0);

        await store.SaveAddressAsync(address, Ct);

        Assert.Equal(address, await store.GetAddressAsync(Alice, "msteams", Ct));
        Assert.Null(await store.GetAddressAsync(Alice, "slack", Ct));
        Assert.Null(await store.GetAddressAsync(AliceElsewhere, "msteams", Ct));
        Assert.Empty(await store.GetAddressesAsync(AliceElsewhere, Ct));
    }

    [Fact]
    public async Task MarkUnreachable_KeepsTheReason_AndANewAddressMakesTheUserReachableAgain()
    {
        var store = await CreateStoreAsync();
        var address = new ChannelAddress(Alice, "msteams", "{}", null, null, true, null, T0);
        await store.SaveAddressAsync(address, Ct);

        await store.MarkUnreachableAsync(Alice, "msteams", "403: the bot was removed", T0.AddHours(1), Ct);
        var unreachable = await store.GetAddressAsync(Alice, "msteams", Ct);
        await store.SaveAddressAsync(address with { UpdatedAt = T0.AddHours(2) }, Ct);
        var back = await store.GetAddressAsync(Alice, "msteams", Ct);

        Assert.Equal((false, "403: the bot was removed", T0.AddHours(1)), (unreachable!.Reachable, unreachable.UnreachableReason, unreachable.UpdatedAt));
        Assert.Equal((true, (string?)null), (back!.Reachable, back.UnreachableReason));
    }

    [Fact]
    public async Task Delivery_RecordedTwice_IsNewOnlyTheFirstTime_PerChannel_AndForgottenAfterADay()
    {
        var store = await CreateStoreAsync();

        Assert.True(await store.TryRecordDeliveryAsync("slack", "Ev1", T0, Ct));
        Assert.False(await store.TryRecordDeliveryAsync("slack", "Ev1", T0.AddMinutes(1), Ct));
        Assert.True(await store.TryRecordDeliveryAsync("msteams", "Ev1", T0, Ct));
        Assert.True(await store.TryRecordDeliveryAsync("slack", "Ev2", T0.AddDays(2), Ct));
        Assert.True(await store.TryRecordDeliveryAsync("slack", "Ev1", T0.AddDays(2), Ct));
    }

    [Fact]
    public async Task Delivery_SeenMoreThanADayAgo_IsNewAgain_EvenBetweenPrunes()
    {
        var store = await CreateStoreAsync();

        Assert.True(await store.TryRecordDeliveryAsync("msteams", "A1", T0, Ct));
        Assert.True(await store.TryRecordDeliveryAsync("msteams", "B1", T0.AddDays(1).AddSeconds(-10), Ct));
        Assert.False(await store.TryRecordDeliveryAsync("msteams", "B1", T0.AddDays(1).AddSeconds(10), Ct));
        Assert.True(await store.TryRecordDeliveryAsync("msteams", "A1", T0.AddDays(1).AddSeconds(20), Ct));
        Assert.False(await store.TryRecordDeliveryAsync("msteams", "A1", T0.AddDays(1).AddSeconds(30), Ct));
    }

    [Fact]
    public async Task Install_IsSavedReplacedAndDeleted()
    {
        var store = await CreateStoreAsync();
        var install = new ChannelInstall("slack", "T123", "E9", "protected-1", "U0BOT", "U42", T0);

        await store.SaveInstallAsync(install, Ct);
        await store.SaveInstallAsync(install with { ProtectedToken = "protected-2" }, Ct);
        var saved = await store.GetInstallAsync("slack", "T123", Ct);
        var deleted = await store.DeleteInstallAsync("slack", "T123", Ct);
        var deletedAgain = await store.DeleteInstallAsync("slack", "T123", Ct);

        Assert.Equal(install with { ProtectedToken = "protected-2" }, saved);
        Assert.True(deleted);
        Assert.False(deletedAgain);
        Assert.Null(await store.GetInstallAsync("slack", "T123", Ct));
    }
}
