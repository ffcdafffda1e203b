using SalesBot.Core.Deals;
using SalesBot.Core.Qualification;

namespace SalesBot.Core.Coaching;

/// <summary>One line of the pipeline.</summary>
public sealed record PipelineEntry(string Prospect, DealLink Stage, DealStatus Status, Verdict? Verdict, NextStep NextStep);
