using System.Text;

namespace SalesBot.Core.Coaching;

/// <summary>
/// The closing feedback questionnaire: the client says whether they are satisfied and, if not, with what exactly,
/// which also closes the deal in their mind and opens the way to the next project.
/// </summary>
public static class FeedbackQuestionnaireTemplate
{
    public static string Write(FeedbackQuestionnaireRequest request)
    {
        var questions = new List<string>
        {
            "Overall, are you satisfied with the work? (yes / partly / no)",
            "If not fully, with what exactly?",
        };
        if (request.Facts.Count > 0)
        {
            questions.Add($"You set out to achieve: \"{request.Facts[^1].Answer.TrimEnd('.')}\". How well does the result serve that?");
        }

        questions.Add("What did we do well that we should keep doing?");
        questions.Add("What should we do differently next time?");
        questions.Add("Would you recommend us to others? Who might need the same?");
        questions.Add("What could we help you with next?");

        return Frame(request.Prospect, questions);
    }

    /// <summary>The questions numbered under a heading, with the reason to ask for written answers.</summary>
    public static string Frame(string prospect, IReadOnlyList<string> questions)
    {
        var text = new StringBuilder().Append("**Feedback questionnaire for ").Append(prospect).Append("**\n");
        for (var i = 0; i < questions.Count; i++)
        {
            text.Append(i + 1).Append(". ").Append(questions[i]).Append('\n');
        }

        return text.Append("Ask them to answer in writing: it tells you the future of the relationship and closes the project in their mind.").ToString();
    }
}
