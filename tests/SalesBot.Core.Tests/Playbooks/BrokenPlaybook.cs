using System.Text.Json.Nodes;

namespace SalesBot.Core.Tests.Playbooks;

/// <summary>One way to break the default playbook, and the problem line the loader must report for it.</summary>
internal sealed record BrokenPlaybook(Action<JsonObject> Break, string ExpectedProblem);
