using System.Text;
using SalesBot.Core.Localization;

namespace SalesBot.Core.Coaching;

/// <summary>
/// The closing feedback questionnaire: the client says whether they are satisfied and, if not, with what exactly,
/// which also closes the deal in their mind and opens the way to the next project. Written in the user's language.
/// </summary>
public static class FeedbackQuestionnaireTemplate
{
    public static string Write(FeedbackQuestionnaireRequest request)
    {
        var questions = new List<string> { CoreText.Get("Feedback.Satisfied"), CoreText.Get("Feedback.WhatExactly") };
        if (request.Facts.Count > 0)
        {
            questions.Add(CoreText.Format("Feedback.Goal", request.Facts[^1].Answer.TrimEnd('.')));
        }

        questions.Add(CoreText.Get("Feedback.KeepDoing"));
        questions.Add(CoreText.Get("Feedback.Differently"));
        questions.Add(CoreText.Get("Feedback.Recommend"));
        questions.Add(CoreText.Get("Feedback.Next"));
        return Frame(request.Prospect, questions);
    }

    /// <summary>The questions numbered under a heading, with the reason to ask for written answers.</summary>
    public static string Frame(string prospect, IReadOnlyList<string> questions)
    {
        var text = new StringBuilder().Append(CoreText.Format("Feedback.Heading", prospect)).Append('\n');
        for (var i = 0; i < questions.Count; i++)
        {
            text.Append(i + 1).Append(". ").Append(questions[i]).Append('\n');
        }

        return text.Append(CoreText.Get("Feedback.InWriting")).ToString();
    }
}
