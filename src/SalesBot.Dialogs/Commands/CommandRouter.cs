using F23.StringSimilarity;

namespace SalesBot.Dialogs.Commands;

/// <summary>
/// Maps a message to a command: its first word, or a step's title ("needs analysis Acme"), after the everyday
/// phrasings are rewritten ("show me my deals"). The playbook's steps become commands too. A word that is one or
/// two typos away from exactly one command gets "Did you mean …?" with a button.
/// </summary>
public sealed class CommandRouter
{
    private static readonly OptimalStringAlignment Distance = new();
    private readonly Dictionary<string, IBotCommand> _byWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Phrase, IBotCommand Command)> _phrases = [];

    public CommandRouter(Playbook playbook, Lazy<CommandRouter> self)
    {
        var commands = new List<IBotCommand> { new HelpCommand(self) };
        commands.AddRange(playbook.Steps.Select(s => new StepCommand(s)));
        commands.AddRange(
        [
            new DealCommand(), new NextCommand(), new PipelineCommand(), new StageCommand(), new LogCommand(),
            new CloseCommand(DealStatus.Won), new CloseCommand(DealStatus.Lost), new CloseCommand(DealStatus.Dropped),
            new ReopenCommand(), new ChangeCommand(), new ExportCommand(), new SettingsCommand(), new NudgesCommand(), new NudgeCommand(),
            new ForgetCommand(), new ShareCommand(),
        ]);
        Commands = commands;
        foreach (var command in commands)
        {
            foreach (var word in command.Aliases.Prepend(command.Name))
            {
                _byWord.Add(word, command);
            }
        }

        // Each language's own words, after the English ones so that an English word always keeps its command.
        foreach (var command in commands)
        {
            foreach (var word in Localization.CommandWords.All(command.Name))
            {
                _byWord.TryAdd(word, command);
            }
        }

        foreach (var step in playbook.Steps)
        {
            var title = ProspectName.Normalize(step.Title).ToLowerInvariant();
            if (title.Contains(' ', StringComparison.Ordinal) && !_byWord.ContainsKey(title))
            {
                _phrases.Add((title, _byWord[step.Id]));
            }
        }

        _phrases.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
    }

    public IReadOnlyList<IBotCommand> Commands { get; }

    public IBotCommand? Find(string word) => _byWord.GetValueOrDefault(word.TrimStart('/'));

    /// <summary>The command a message starts with, and its arguments.</summary>
    public (IBotCommand? Command, string Arguments) Parse(string text)
    {
        var meant = Phrasings.Rewrite(text).TrimStart('/');
        foreach (var (phrase, command) in _phrases)
        {
            if (meant.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && (meant.Length == phrase.Length || char.IsWhiteSpace(meant[phrase.Length])))
            {
                return (command, meant[phrase.Length..].Trim());
            }
        }

        var (word, rest) = ArgumentText.FirstWord(meant);
        return (Find(word), rest);
    }

    /// <summary>
    /// The command a message with a mistyped command word most likely meant ("qualfy Acme" → "qualify Acme"),
    /// or null when no command word is close, or two are equally close.
    /// </summary>
    public string? Suggest(string text)
    {
        var (word, rest) = ArgumentText.FirstWord(Phrasings.Rewrite(text).TrimStart('/'));
        if (word.Length < 3 || word.Any(c => !char.IsLetter(c)))
        {
            return null;
        }

        var allowed = word.Length >= 6 ? 2 : 1;
        var close = _byWord
            .Where(pair => pair.Key.Length >= 3)
            .Select(pair => (pair.Value.Name, Distance: Distance.Distance(word.ToLowerInvariant(), pair.Key.ToLowerInvariant())))
            .Where(x => x.Distance <= allowed)
            .GroupBy(x => x.Distance)
            .OrderBy(g => g.Key)
            .FirstOrDefault()?
            .Select(x => x.Name)
            .Distinct()
            .ToList();
        return close is [var name] ? $"{name} {rest}".Trim() : null;
    }

    public Task<DialogTurnResult> DispatchAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var (command, arguments) = Parse(text);
        if (command is null)
        {
            if (Suggest(text) is { } meant)
            {
                dc.Context.Send(new QuestionReply(Localization.Strings.Format("Router.DidYouMean", meant), null, [Choice.Of(meant)], null, null, null));
            }
            else
            {
                dc.Context.Send(HelpCommand.ShortHelp(text));
            }

            return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Complete));
        }

        return command.ExecuteAsync(dc, arguments, cancellationToken);
    }
}
