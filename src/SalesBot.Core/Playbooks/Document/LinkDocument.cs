namespace SalesBot.Core.Playbooks.Document;

internal sealed record LinkDocument(string? Link, string? Meaning, string? WhatMatters);
