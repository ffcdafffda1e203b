using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Channels;
using SalesBot.Core.Storage;

namespace SalesBot.Host.Tests;

/// <summary>
/// A switch that makes the host's real stores refuse every write as a read-only SQLite file does ("attempt to write a
/// readonly database", SQLITE_READONLY), while reads keep working. Every method that is not a read (Get/List/Load/Is/Find)
/// counts as a write, so new store methods are covered without listing them.
/// </summary>
public sealed class UnwritableStore
{
    private volatile bool _refusing;
    private int _refusedWrites;

    /// <summary>How many writes were refused so far.</summary>
    public int RefusedWrites => Volatile.Read(ref _refusedWrites);

    public void Refuse() => _refusing = true;

    public void Allow() => _refusing = false;

    internal bool Refusing => _refusing;

    internal void CountRefusal() => Interlocked.Increment(ref _refusedWrites);

    /// <summary>Wraps the registered <see cref="ISalesBotStore"/> and <see cref="IChannelStore"/> with this switch.</summary>
    public void Install(IServiceCollection services)
    {
        Wrap<ISalesBotStore>(services);
        Wrap<IChannelStore>(services);
    }

    private void Wrap<TStore>(IServiceCollection services)
        where TStore : class
    {
        var original = services.Last(d => d.ServiceType == typeof(TStore));
        services.Remove(original);
        services.AddSingleton(sp =>
        {
            var inner = original.ImplementationInstance as TStore
                ?? (original.ImplementationFactory is { } factory
                    ? (TStore)factory(sp)
                    : (TStore)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!));
            var proxy = DispatchProxy.Create<TStore, Proxy>();
            ((Proxy)(object)proxy).Init(inner, this);
            return proxy;
        });
    }

    /// <summary>Forwards to the real store; a write while refusing throws before it reaches the database.</summary>
    public class Proxy : DispatchProxy
    {
        private static readonly string[] Reads = ["Get", "List", "Load", "Is", "Find"];
        private object _inner = null!;
        private UnwritableStore _switch = null!;

        internal void Init(object inner, UnwritableStore owner) => (_inner, _switch) = (inner, owner);

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (_switch.Refusing && !Reads.Any(prefix => targetMethod!.Name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                _switch.CountRefusal();
                throw new SqliteException("SQLite Error 8: 'attempt to write a readonly database'.", 8);
            }

            try
            {
                return targetMethod!.Invoke(_inner, args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                throw ex.InnerException;
            }
        }
    }
}
