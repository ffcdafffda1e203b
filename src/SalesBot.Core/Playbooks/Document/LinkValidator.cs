using SalesBot.Core.Deals;

namespace SalesBot.Core.Playbooks.Document;

/// <summary>The seven links of the deal cycle, each described exactly once.</summary>
internal static class LinkValidator
{
    public static void Validate(List<LinkDocument?>? links, ProblemList problems)
    {
        var firstSeen = new Dictionary<DealLink, int>();
        for (var i = 0; i < (links?.Count ?? 0); i++)
        {
            var link = links![i];
            var entry = ProblemList.Entry(null, "links", i, link?.Link);
            if (link is null)
            {
                problems.Add(entry, "is empty");
                continue;
            }

            if (PlaybookNames.IsBlank(link.Link))
            {
                problems.Add(entry, $"link is required; use one of {PlaybookNames.LinkList}");
            }
            else if (!PlaybookNames.TryParseLink(link.Link, out var parsed))
            {
                problems.Add(entry, $"link '{link.Link}' is unknown; use one of {PlaybookNames.LinkList}");
            }
            else if (!firstSeen.TryAdd(parsed, i))
            {
                problems.Add(entry, $"'{parsed.Name()}' is already described by links[{firstSeen[parsed]}]; describe each link once");
            }

            if (PlaybookNames.IsBlank(link.Meaning))
            {
                problems.Add(entry, "meaning is required");
            }

            if (PlaybookNames.IsBlank(link.WhatMatters))
            {
                problems.Add(entry, "whatMatters is required");
            }
        }

        foreach (var missing in Enum.GetValues<DealLink>().Where(l => !firstSeen.ContainsKey(l)))
        {
            problems.Add("links", $"'{missing.Name()}' is missing; describe each of {PlaybookNames.LinkList} exactly once");
        }
    }
}
