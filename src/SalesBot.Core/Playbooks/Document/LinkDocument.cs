namespace SalesBot.Core.Playbooks.Document;

internal sealed class LinkDocument
{
    public string? Link { get; set; }

    public string? Meaning { get; set; }

    public string? WhatMatters { get; set; }
}
