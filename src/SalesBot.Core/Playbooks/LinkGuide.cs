using SalesBot.Core.Deals;

namespace SalesBot.Core.Playbooks;

/// <summary>What a link of the deal cycle means and what matters in it.</summary>
public sealed record LinkGuide(DealLink Link, string Meaning, string WhatMatters);
