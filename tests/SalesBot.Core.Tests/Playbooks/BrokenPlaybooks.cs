using System.Text.Json.Nodes;

namespace SalesBot.Core.Tests.Playbooks;

/// <summary>The default playbook broken one rule at a time. Indices: steps[0] screen, steps[1] qualify
/// (questions[0] need, [4] budget, [5] deadline, [9] gut), steps[2] prepare, steps[3] needs; links[4] execution.</summary>
internal static class BrokenPlaybooks
{
    private const string LinkList = "engagement, entry, alignment, contract, execution, closing, exit";
    private const string Qualify = "steps[1] (qualify)";
    private const string Need = Qualify + " > questions[0] (need)";
    private const string Budget = Qualify + " > questions[4] (budget)";
    private const string Gut = Qualify + " > questions[9] (gut)";

    public static readonly IReadOnlyDictionary<string, BrokenPlaybook> Cases = new Dictionary<string, BrokenPlaybook>
    {
        ["name missing"] = new(p => p.Remove("name"), "playbook: name is required"),
        ["defaults missing"] = new(p => p.Remove("defaults"), "playbook: defaults is required (startingPrice and currency)"),
        ["starting price zero"] = new(p => p["defaults"]!["startingPrice"] = 0, "defaults: startingPrice must be greater than 0 (got 0)"),
        ["currency lower-case"] = new(
            p => p["defaults"]!["currency"] = "usd", "defaults: currency 'usd' must be three upper-case letters, such as USD or EUR"),
        ["verdict missing"] = new(p => p.Remove("verdict"), "playbook: verdict is required (qualifiedAtLeast and walkAwayBelow)"),
        ["walk-away not below qualified"] = new(
            p => p["verdict"]!["walkAwayBelow"] = 75, "verdict: walkAwayBelow (75) must be below qualifiedAtLeast (75)"),
        ["qualified above 100"] = new(p => p["verdict"]!["qualifiedAtLeast"] = 101, "verdict: qualifiedAtLeast must be at most 100 (got 101)"),
        ["walk-away negative"] = new(p => p["verdict"]!["walkAwayBelow"] = -1, "verdict: walkAwayBelow must be at least 0 (got -1)"),

        ["link missing"] = new(
            p => Links(p).RemoveAt(4), $"links: 'execution' is missing; describe each of {LinkList} exactly once"),
        ["link described twice"] = new(
            p => Links(p).Add(Links(p)[1]!.DeepClone()), "links[7] (entry): 'entry' is already described by links[1]; describe each link once"),
        ["link unknown"] = new(
            p => Links(p)[0]!["link"] = "engagment", $"links[0] (engagment): link 'engagment' is unknown; use one of {LinkList}"),
        ["link meaning empty"] = new(p => Links(p)[2]!["meaning"] = " ", "links[2] (alignment): meaning is required"),
        ["link what-matters missing"] = new(p => Links(p)[6]!.AsObject().Remove("whatMatters"), "links[6] (exit): whatMatters is required"),

        ["no steps"] = new(p => p["steps"] = new JsonArray(), "playbook: at least one step is required"),
        ["step id upper-case"] = new(
            p => Step(p, 0)["id"] = "Screen",
            "steps[0] (Screen): id 'Screen' must match ^[a-z][a-z0-9-]*$ (lower-case letters, digits and dashes)"),
        ["step id used twice"] = new(p => Step(p, 2)["id"] = "screen", "steps[2] (screen): id 'screen' is already used by steps[0]"),
        ["step id is a command word"] = new(
            p => Step(p, 2)["id"] = "pipeline", "steps[2] (pipeline): id 'pipeline' is a reserved command word; choose another"),
        ["step link unknown"] = new(
            p => Step(p, 3)["link"] = "entree", $"steps[3] (needs): link 'entree' is unknown; use one of {LinkList}"),
        ["step title empty"] = new(p => Step(p, 0)["title"] = "", "steps[0] (screen): title is required"),
        ["step purpose missing"] = new(p => Step(p, 5).Remove("purpose"), "steps[5] (engage): purpose is required"),
        ["step done empty"] = new(
            p => Step(p, 8)["done"] = "  ", "steps[8] (exit): done is required (what to tell the user when the step is complete)"),
        ["step without questions"] = new(p => Step(p, 2)["questions"] = new JsonArray(), "steps[2] (prepare): at least one question is required"),

        ["question id used twice"] = new(
            p => Question(p, 1, 1)["id"] = "need",
            Qualify + " > questions[1] (need): id 'need' is already used by questions[0] of this step"),
        ["question id with a space"] = new(
            p => Question(p, 1, 2)["id"] = "can pay",
            Qualify + " > questions[2] (can pay): id 'can pay' must match ^[a-z][a-z0-9-]*$ (lower-case letters, digits and dashes)"),
        ["question text empty"] = new(p => Question(p, 1, 0)["text"] = "", Need + ": text is required"),
        ["question text with unknown placeholder"] = new(
            p => Question(p, 1, 4)["text"] = "What budget does {client} have?",
            Budget + ": text has an unknown placeholder {client}; use {prospect} or {startingPrice}"),
        ["question tip missing"] = new(
            p => Question(p, 1, 0).Remove("tip"), Need + ": tip is required (one line of coaching for the salesperson)"),
        ["question tip too long"] = new(
            p => Question(p, 1, 0)["tip"] = new string('x', 201), Need + ": tip is 201 characters long; keep it to 200"),
        ["question weight above 100"] = new(p => Question(p, 1, 0)["weight"] = 101, Need + ": weight must be between 0 and 100 (got 101)"),
        ["question weight negative"] = new(p => Question(p, 1, 0)["weight"] = -5, Need + ": weight must be between 0 and 100 (got -5)"),
        ["question kind unknown"] = new(
            p => Question(p, 1, 4)["kind"] = "moneyy",
            Budget + ": kind 'moneyy' is unknown; use one of yesNo, choice, money, number, date, text"),
        ["question kind missing"] = new(
            p => Question(p, 1, 4).Remove("kind"), Budget + ": kind is required; use one of yesNo, choice, money, number, date, text"),

        ["choice question without choices"] = new(
            p => Question(p, 1, 9).Remove("choices"), Gut + ": kind 'choice' needs at least two choices (got 0)"),
        ["choice question with one choice"] = new(
            p => Question(p, 1, 9)["choices"] = new JsonArray(Choices(p)[0]!.DeepClone()),
            Gut + ": kind 'choice' needs at least two choices (got 1)"),
        ["choices on a yes-no question"] = new(
            p => Question(p, 1, 0)["choices"] = Choices(p).DeepClone(),
            Need + ": choices are only for kind 'choice', not 'yesNo'; remove them or change the kind"),
        ["choice id used twice"] = new(
            p => Choices(p)[1]!["id"] = "good", Gut + " > choices[1] (good): id 'good' is already used by choices[0]"),
        ["choice score above 1"] = new(
            p => Choices(p)[0]!["score"] = 1.5, Gut + " > choices[0] (good): score must be between 0 and 1 (got 1.5)"),
        ["choice title empty"] = new(p => Choices(p)[2]!["title"] = "", Gut + " > choices[2] (bad): title is required"),

        ["red flag id used twice"] = new(
            p => Flag(p, 1, 0, 1)["id"] = "no-need",
            Need + " > redFlags[1] (no-need): id 'no-need' is already used by redFlags[0] of this question"),
        ["red flag without condition"] = new(
            p => Flag(p, 1, 0, 0)["when"] = new JsonObject(),
            Need + " > redFlags[0] (no-need): when has no condition; set exactly one of answerIn, belowStartingPrice, belowShareOfStartingPrice, otherCurrency, lessThan, withinDays, unknown"),
        ["red flag with two conditions"] = new(
            p => Flag(p, 1, 4, 0)["when"]!["lessThan"] = 1000,
            Budget + " > redFlags[0] (budget-too-low): when sets belowStartingPrice and lessThan; set exactly one condition per red flag"),
        ["red flag condition does not fit the kind"] = new(
            p => Flag(p, 1, 0, 0)["when"] = new JsonObject { ["withinDays"] = 3 },
            Need + " > redFlags[0] (no-need): withinDays does not fit kind 'yesNo'; use answerIn"),
        ["red flag on a text question"] = new(
            p => Question(p, 0, 2)["redFlags"] = new JsonArray(Flag(p, 1, 0, 0).DeepClone()),
            "steps[0] (screen) > questions[2] (found-you) > redFlags[0] (no-need): kind 'text' answers cannot raise red flags; remove the red flag or change the kind"),
        ["red flag yes-no value unknown"] = new(
            p => Flag(p, 1, 0, 0)["when"] = new JsonObject { ["answerIn"] = new JsonArray("maybe") },
            Need + " > redFlags[0] (no-need): answerIn value 'maybe' is not a yesNo answer; use yes, no, unsure"),
        ["red flag choice value unknown"] = new(
            p => Flag(p, 1, 9, 0)["when"] = new JsonObject { ["answerIn"] = new JsonArray("awful") },
            Gut + " > redFlags[0] (gut-says-no): answerIn value 'awful' is not a choice of this question; use good, unsure, bad"),
        ["red flag answer list empty"] = new(
            p => Flag(p, 1, 0, 0)["when"] = new JsonObject { ["answerIn"] = new JsonArray() },
            Need + " > redFlags[0] (no-need): answerIn needs at least one value"),
        ["red flag within zero days"] = new(
            p => Flag(p, 1, 5, 0)["when"] = new JsonObject { ["withinDays"] = 0 },
            Qualify + " > questions[5] (deadline) > redFlags[0] (rush-job): withinDays must be at least 1 (got 0)"),
        ["red flag below starting price false"] = new(
            p => Flag(p, 1, 4, 0)["when"] = new JsonObject { ["belowStartingPrice"] = false },
            Budget + " > redFlags[0] (budget-too-low): belowStartingPrice can only be true; remove the red flag to turn it off"),
        ["red flag severity unknown"] = new(
            p => Flag(p, 1, 0, 0)["severity"] = "fatal",
            Need + " > redFlags[0] (no-need): severity 'fatal' is unknown; use warning, blocker or hardStop"),
        ["blocker without closesWhen"] = new(
            p => Flag(p, 1, 0, 1).Remove("closesWhen"),
            Need + " > redFlags[1] (need-unclear): closesWhen is required for a blocker (what closes it: \"qualified once …\")"),
        ["red flag share of the price above 1"] = new(
            p => Flag(p, 1, 4, 1)["when"] = new JsonObject { ["belowShareOfStartingPrice"] = 1.5 },
            Budget + " > redFlags[1] (budget-far-below): belowShareOfStartingPrice must be above 0 and at most 1 (got 1.5)"),
        ["red flag other currency false"] = new(
            p => Flag(p, 1, 4, 4)["when"] = new JsonObject { ["otherCurrency"] = false },
            Budget + " > redFlags[4] (budget-other-currency): otherCurrency can only be true; remove the red flag to turn it off"),
        ["walk away on all no on an unjudged step"] = new(
            p => p["steps"]![2]!["walkAwayWhenAllNo"] = true,
            "steps[2] (prepare): walkAwayWhenAllNo needs a judged step with at least one weighted yesNo question"),
        ["verdict blockers below 1"] = new(
            p => p["verdict"]!["walkAwayAtBlockers"] = 0, "verdict: walkAwayAtBlockers must be at least 1 (got 0)"),
        ["verdict answered share above 100"] = new(
            p => p["verdict"]!["qualifiedNeedsAnswered"] = 120, "verdict: qualifiedNeedsAnswered is a percentage from 1 to 100 (got 120)"),
        ["red flag text empty"] = new(
            p => Flag(p, 1, 0, 0)["flag"] = "", Need + " > redFlags[0] (no-need): flag is required (what the red flag means)"),
        ["red flag advice missing"] = new(
            p => Flag(p, 1, 0, 0).Remove("advice"),
            Need + " > redFlags[0] (no-need): advice is required (what the salesperson should do about it)"),

        ["wrap-up names a question of another step"] = new(
            p => Done(p, 4, 0)["when"]!["question"] = "budget",
            "steps[4] (recommend) > doneWhen[0] (goal-open): when names question 'budget', which this step does not have"),
        ["wrap-up on a free-text question with a yes/no condition"] = new(
            p => Done(p, 4, 0)["when"]!["question"] = "big-picture-goal",
            "steps[4] (recommend) > doneWhen[0] (goal-open): answerIn does not fit kind 'text'; use mentions"),
        ["wrap-up with two conditions"] = new(
            p => Done(p, 4, 0)["when"]!["withinDays"] = 3,
            "steps[4] (recommend) > doneWhen[0] (goal-open): when sets answerIn and withinDays; set exactly one condition per wrap-up"),
        ["wrap-up on a yes/no question with a date condition"] = new(
            p => { Done(p, 4, 0)["when"]!.AsObject().Remove("answerIn"); Done(p, 4, 0)["when"]!["withinDays"] = 3; },
            "steps[4] (recommend) > doneWhen[0] (goal-open): withinDays does not fit kind 'yesNo'; use answerIn"),
        ["wrap-up on a date question within no days"] = new(
            p => Done(p, 2, 0)["when"] = new JsonObject { ["question"] = "meeting-date", ["withinDays"] = 0 },
            "steps[2] (prepare) > doneWhen[0] (research-open-company): withinDays must be at least 1 (got 0)"),
        ["wrap-up on a money question below a share above 1"] = new(
            p => Done(p, 1, 0)["when"] = new JsonObject { ["question"] = "budget", ["belowShareOfStartingPrice"] = 1.5 },
            "steps[1] (qualify) > doneWhen[0] (budget-far-below): belowShareOfStartingPrice must be above 0 and at most 1 (got 1.5)"),
        ["wrap-up mentioning nothing"] = new(
            p => Done(p, 5, 3)["when"]!["mentions"] = new JsonArray(" "),
            "steps[5] (engage) > doneWhen[3] (price-concern): mentions must be a list of non-empty words or phrases"),
        ["wrap-up answer the question cannot get"] = new(
            p => Done(p, 4, 0)["when"]!["answerIn"] = new JsonArray("maybe"),
            "steps[4] (recommend) > doneWhen[0] (goal-open): answerIn value 'maybe' is not a yesNo answer; use yes, no, unsure"),
        ["wrap-up without text"] = new(
            p => Done(p, 4, 0).Remove("text"),
            "steps[4] (recommend) > doneWhen[0] (goal-open): text is required (what to tell the user instead of done)"),
        ["wrap-up id twice"] = new(
            p => Done(p, 4, 1)["id"] = "goal-open",
            "steps[4] (recommend) > doneWhen[1] (goal-open): id 'goal-open' is used twice in this step"),

        ["judged weights add up to zero"] = new(
            ZeroJudgedWeights,
            "playbook: the questions of judged steps must have weights adding up to more than 0; "
                + "mark the qualifying steps \"judged\": true and weight their questions"),

        ["nudge interval zero"] = new(
            p => p["nudges"]!["followUp"]!["call2AfterBusinessDays"] = 0,
            "nudges > followUp: call2AfterBusinessDays must be between 1 and 3650 (got 0)"),
        ["nudge stall phrases empty"] = new(
            p => p["nudges"]!["followUp"]!["stallPhrases"] = new JsonArray(), "nudges > followUp: stallPhrases must be a list of non-empty phrases"),
        ["nudge meeting date not a date question"] = new(
            p => p["nudges"]!["meetingDate"] = "qualify/budget",
            "nudges: meetingDate names 'qualify/budget', a money question; it must be a date question"),
        ["nudge meeting date unknown"] = new(
            p => p["nudges"]!["meetingDate"] = "prepare/nope", "nudges: meetingDate names 'prepare/nope', which is not a question of this playbook"),
        ["nudge stalled link unknown"] = new(
            p => p["nudges"]!["stalledAfterDays"]!["limbo"] = 3,
            $"nudges > stalledAfterDays: 'limbo' is not a link; use one of {LinkList}"),
        ["nudge feedback step unknown"] = new(
            p => p["nudges"]!["feedback"]!["step"] = "party", "nudges > feedback: step 'party' is not a step of this playbook"),
        ["nudge reentry months malformed"] = new(
            p => p["nudges"]!["reentry"]!["months"] = "months", "nudges > reentry: months must name a question as \"step/question\" (got 'months')"),
    };

    private static JsonArray Links(JsonObject playbook) => playbook["links"]!.AsArray();

    private static JsonObject Step(JsonObject playbook, int step) => playbook["steps"]![step]!.AsObject();

    private static JsonObject Question(JsonObject playbook, int step, int question) =>
        Step(playbook, step)["questions"]![question]!.AsObject();

    private static JsonObject Flag(JsonObject playbook, int step, int question, int flag) =>
        Question(playbook, step, question)["redFlags"]![flag]!.AsObject();

    private static JsonObject Done(JsonObject playbook, int step, int index) => Step(playbook, step)["doneWhen"]![index]!.AsObject();

    private static JsonArray Choices(JsonObject playbook) => Question(playbook, 1, 9)["choices"]!.AsArray();

    private static void ZeroJudgedWeights(JsonObject playbook)
    {
        foreach (var question in playbook["steps"]!.AsArray().Take(2).SelectMany(s => s!["questions"]!.AsArray()))
        {
            question!["weight"] = 0;
        }
    }
}
