using System.Globalization;
using System.Text;
using SalesBot.Core.Localization;

namespace SalesBot.Core.Coaching;

/// <summary>
/// The "personal" letter after three unanswered calls: friendly surprise that they did not want to talk, a reminder of
/// what they said they wanted, and an open door if interest returns. No pressure, no new facts. Written in the user's
/// language (the resources' Letter.* sentences), for the prospect to read.
/// </summary>
public static class FollowUpLetterTemplate
{
    public static string Write(FollowUpLetterRequest request)
    {
        var text = new StringBuilder();
        text.Append(request.CallDates.Count > 0
            ? CoreText.Format("Letter.CalledOn", Dates(request.CallDates))
            : CoreText.Get("Letter.Called"));
        if (request.Facts.Count > 0)
        {
            text.Append(CoreText.Format("Letter.YouSaid", request.Facts[^1].Answer.TrimEnd('.')));
        }

        text.Append("\n\n").Append(CoreText.Get("Letter.LastNote"));
        text.Append(CoreText.Get("Letter.OpenDoor"));
        return Frame(request, text.ToString());
    }

    /// <summary>The letter around its body: the "personal" mark, the greeting and the signature.</summary>
    public static string Frame(FollowUpLetterRequest request, string body) =>
        $"{CoreText.Format("Letter.Personal", request.Prospect)}\n\n{CoreText.Format("Letter.Greeting", request.Prospect)}\n\n{body}\n\n" +
        $"{CoreText.Get("Letter.SignOff")}\n{(string.IsNullOrWhiteSpace(request.Salesperson) ? CoreText.Get("Letter.YourName") : request.Salesperson)}";

    /// <summary>"16 November", "16 and 19 November" style: the days in the current language.</summary>
    internal static string Dates(IReadOnlyList<DateOnly> dates) =>
        CoreText.JoinAnd(dates.Select(d => d.ToString("d MMMM", CultureInfo.CurrentUICulture)).ToList());
}
