namespace SalesBot.Dialogs.Tests.Transcripts;

/// <summary>Answer sets for the default playbook's flows.</summary>
internal static class Answers
{
    /// <summary>The ten qualification answers of a good prospect.</summary>
    public static readonly string[] GoodQualification =
        ["yes", "yes", "yes", "yes", "8000 USD", "2027-03-01", "yes", "yes", "yes", "Good"];

    /// <summary>The three screening answers of a good prospect: serious, prepared to pay, how they found you.</summary>
    public static readonly string[] GoodScreen = ["yes", "yes", "a referral"];

    public static TestFlow AnswerAll(this TestFlow flow, IEnumerable<string> answers)
    {
        foreach (var answer in answers)
        {
            flow.Send(answer).IgnoreReplies();
        }

        return flow;
    }

    /// <summary>Starts a flow and answers all of its questions, ignoring the replies.</summary>
    public static TestFlow RunStep(this TestFlow flow, string command, IEnumerable<string> answers) =>
        flow.Send(command).IgnoreReplies().AnswerAll(answers);
}
