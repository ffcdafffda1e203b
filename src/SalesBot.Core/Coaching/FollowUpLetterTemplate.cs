using System.Globalization;
using System.Text;

namespace SalesBot.Core.Coaching;

/// <summary>
/// The "personal" letter after three unanswered calls: friendly surprise that they did not want to talk, a reminder of
/// what they said they wanted, and an open door if interest returns. No pressure, no new facts.
/// </summary>
public static class FollowUpLetterTemplate
{
    public static string Write(FollowUpLetterRequest request)
    {
        var text = new StringBuilder();
        text.Append(request.CallDates.Count > 0
            ? $"I tried to reach you by phone on {Dates(request.CallDates)}, and I have to admit I was a little surprised that we didn't get to talk."
            : "I tried to reach you a few times by phone, and I have to admit I was a little surprised that we didn't get to talk.");
        if (request.Facts.Count > 0)
        {
            text.Append(" When we spoke, you told me: \"").Append(request.Facts[^1].Answer.TrimEnd('.')).Append("\".");
        }

        text.Append("\n\nI understand priorities change, so this is my last note for now. ");
        text.Append("If the project comes back onto your desk, reply to this letter or give me a call, and we'll pick up where we left off.");
        return Frame(request, text.ToString());
    }

    /// <summary>The letter around its body: the "personal" mark, the greeting and the signature.</summary>
    public static string Frame(FollowUpLetterRequest request, string body) =>
        $"**Personal** — for {request.Prospect}\n\nHello {request.Prospect},\n\n{body}\n\nAll the best,\n{(string.IsNullOrWhiteSpace(request.Salesperson) ? "(your name)" : request.Salesperson)}";

    internal static string Dates(IReadOnlyList<DateOnly> dates)
    {
        var days = dates.Select(d => d.ToString("d MMMM", CultureInfo.InvariantCulture)).ToList();
        return days.Count == 1 ? days[0] : $"{string.Join(", ", days.Take(days.Count - 1))} and {days[^1]}";
    }
}
