using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Citaties.Cli.Inputs;
using Citaties.Cli.Output;
using Citaties.Cli.Settings;
using Citaties.Model;

namespace Citaties.Cli.Commands;

/// <summary>
/// <c>citaties extract [--format text|json] [--catalog FILE]... FILE...</c>: prints every citation in the inputs. An input that
/// cannot be read is reported on standard error and the others are still processed; the exit code is then 2.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>The values of <c>--format</c>.</summary>
    public static readonly IReadOnlyList<string> Formats = new[] { "text", "json" };

    /// <summary>The command, bound to the streams of <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (one line per citation) or json (the machine interface).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        format.AcceptOnlyFromAmong(Formats.ToArray());

        var files = new Argument<string[]>("FILE")
        {
            Description = "Files, folders (searched recursively for .txt, .md, .html, .htm), patterns such as "
                + "'docs/*.txt' or '**/*.md', or '-' for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };

        var catalog = CommonOptions.Catalog();
        var command = new Command("extract", "Finds the citations in files and prints them.");
        command.Options.Add(format);
        command.Options.Add(catalog);
        command.Arguments.Add(files);
        command.SetAction(parsed => Run(context, parsed.GetValue(format)!, parsed.GetValue(catalog)!, parsed.GetValue(files)!));
        return command;
    }

    private static int Run(CommandContext context, string format, IReadOnlyList<string> catalogs, IReadOnlyList<string> arguments)
    {
        var catalogPaths = catalogs.Select(c => Path.GetFullPath(Path.Combine(context.Settings.WorkingDirectory, c))).ToList();
        if (new UserCatalogs().For(catalogPaths, out var catalogProblem) is null)
        {
            context.Stderr.WriteLine($"citaties: {catalogProblem}");
            return CliApp.ExitUsageOrInputError;
        }

        var resolver = new InputResolver(context.Settings.WorkingDirectory);
        var reader = new InputReader(context.Stdin);
        var failed = false;
        using IExtractOutput output = format == "json"
            ? new JsonOutput(context.Stdout)
            : new TextOutput(context.Stdout, context.Settings.UseColour);
        foreach (var input in resolver.Resolve(arguments))
        {
            var document = reader.Read(input, out var reason);
            if (document is null)
            {
                context.Stderr.WriteLine($"citaties: {input.DisplayPath}: {reason}");
                failed = true;
                continue;
            }

            output.WriteFile(document.DisplayPath, document.Text.Original, Extract(document.Text));
        }

        output.Complete();
        return failed ? CliApp.ExitUsageOrInputError : CliApp.ExitOk;
    }

    // Citations of the scanned text, with spans moved back to offsets in the file's own text.
    internal static IReadOnlyList<Citation> Extract(ScanText text)
    {
        var citations = CitationParser.Extract(text.Scanned);
        if (ReferenceEquals(text.Scanned, text.Original))
        {
            return citations;
        }

        return citations.Select(c => c with { Span = text.ToOriginal(c.Span) }).ToList();
    }
}
