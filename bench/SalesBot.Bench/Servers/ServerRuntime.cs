namespace SalesBot.Bench.Servers;

/// <summary>What runs a <see cref="ChildServer"/>.</summary>
internal enum ServerRuntime
{
    Dotnet,
    Node,
}
