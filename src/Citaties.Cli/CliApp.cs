using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using Citaties.Cli.Commands;

namespace Citaties.Cli;

/// <summary>
/// The <c>citaties</c> command line: parses the arguments and runs a command against the given streams.
/// Program.cs passes the console; tests pass string writers and run it in-process.
/// </summary>
public sealed class CliApp
{
    /// <summary>Exit code: the command ran and found nothing that fails it.</summary>
    public const int ExitOk = 0;

    /// <summary>Exit code: a usage error (unknown option, missing input, bad value) or an input that could not be read.</summary>
    public const int ExitUsageOrInputError = 2;

    private readonly CliSettings settings;

    /// <summary>Creates the tool with the given environment; null means the current directory and no colour.</summary>
    public CliApp(CliSettings? settings = null)
    {
        this.settings = settings ?? new CliSettings();
    }

    /// <summary>Runs the command line <paramref name="args"/> and returns the process exit code.</summary>
    public int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args is null)
        {
            throw new ArgumentNullException(nameof(args));
        }

        if (stdin is null || stdout is null || stderr is null)
        {
            throw new ArgumentNullException(stdin is null ? nameof(stdin) : stdout is null ? nameof(stdout) : nameof(stderr));
        }

        var context = new CommandContext(settings, stdin, stdout, stderr);
        // A plain command rather than RootCommand, which takes its name and version from the entry assembly:
        // in-process that is the test host, and as a tool it is the assembly name rather than "citaties".
        var root = new Command("citaties", "Finds, checks and fixes citations of Dutch law, parliamentary papers, case law and EU acts in text files and Word documents.")
        {
            new HelpOption(),
            new VersionOption { Action = new PrintVersionAction(stdout) },
        };
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(LintCommand.Create(context));
        root.Subcommands.Add(FixCommand.Create(context));
        root.Subcommands.Add(ExplainCommand.Create(context));
        root.Subcommands.Add(CatalogCommand.Create(context));
        root.Subcommands.Add(SourcesCommand.Create(context));
        root.Subcommands.Add(LinkCommand.Create(context));
        root.Subcommands.Add(LspCommand.Create(context));

        // "@file" would otherwise be read as a response file; here it is just a file name.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"citaties: {error.Message}");
            }

            var command = parsed.CommandResult.Command == root ? "COMMAND" : parsed.CommandResult.Command.Name;
            stderr.WriteLine($"Run 'citaties --help' or 'citaties {command} --help' for usage.");
            return ExitUsageOrInputError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        private readonly TextWriter output;

        public PrintVersionAction(TextWriter output)
        {
            this.output = output;
        }

        public override int Invoke(System.CommandLine.ParseResult parseResult)
        {
            output.WriteLine($"citaties {ToolVersion.Current}");
            return ExitOk;
        }
    }
}
