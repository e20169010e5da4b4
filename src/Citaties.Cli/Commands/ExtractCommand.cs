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
/// <c>citaties extract [--format text|json] [--catalog FILE]... [--threads N] FILE...</c>: prints every citation
/// in the inputs. An input that cannot be read is reported on standard error and the others are still processed;
/// the exit code is then 2. With several threads the files are read and scanned in parallel, and the output still
/// comes in the order of the inputs, the same bytes as with one thread.
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

        var threads = CommonOptions.Threads("read and scan");

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
        command.Options.Add(threads);
        command.Arguments.Add(files);
        command.SetAction(parsed => Run(context, parsed.GetValue(format)!, parsed.GetValue(catalog)!, parsed.GetValue(threads), parsed.GetValue(files)!));
        return command;
    }

    private static int Run(CommandContext context, string format, IReadOnlyList<string> catalogs, int threads, IReadOnlyList<string> arguments)
    {
        var catalogPaths = catalogs.Select(c => Path.GetFullPath(Path.Combine(context.Settings.WorkingDirectory, c))).ToList();
        var lawCatalog = new UserCatalogs().For(catalogPaths, out var catalogProblem);
        if (lawCatalog is null)
        {
            context.Stderr.WriteLine($"citaties: {catalogProblem}");
            return CliApp.ExitUsageOrInputError;
        }

        var extractOptions = new ExtractOptions { Catalog = lawCatalog };

        var resolver = new InputResolver(context.Settings.WorkingDirectory);
        var reader = new InputReader(context.Stdin);
        var failed = false;
        using IExtractOutput output = format == "json"
            ? new JsonOutput(context.Stdout)
            : new TextOutput(context.Stdout, context.Settings.UseColour);
        // Standard input is one stream that the first '-' reads to its end, so it is read here in input order;
        // files are read on the threads that scan.
        var jobs = resolver.Resolve(arguments)
            .Select(input => input is StdinInput ? new Job(input, reader.Read(input, out var reason), reason) : new Job(input, null, null))
            .ToList();
        var results = OrderedWork.InOrder(jobs, threads, job => Process(reader, job, extractOptions));
        foreach (var result in results)
        {
            if (result.Document is null)
            {
                context.Stderr.WriteLine($"citaties: {result.Input.DisplayPath}: {result.Reason}");
                failed = true;
                continue;
            }

            output.WriteFile(result.Document.DisplayPath, result.Document.Text.Original, result.Citations!);
        }

        output.Complete();
        return failed ? CliApp.ExitUsageOrInputError : CliApp.ExitOk;
    }

    // Reading and scanning are the work done in parallel; writing stays on the calling thread, in input order.
    private static FileResult Process(InputReader reader, Job job, ExtractOptions options)
    {
        var input = job.Input;
        string? reason = job.StdinReason;
        var document = input is StdinInput ? job.Stdin : reader.Read(input, out reason);
        return document is null
            ? new FileResult(input, null, reason, null)
            : new FileResult(input, document, null, Extract(document.Text, options));
    }

    // An input, and for standard input what was read from it.
    private sealed record Job(ResolvedInput Input, LoadedDocument? Stdin, string? StdinReason);

    private sealed record FileResult(ResolvedInput Input, LoadedDocument? Document, string? Reason, IReadOnlyList<Citation>? Citations);

    // Citations of the scanned text, with spans moved back to offsets in the file's own text.
    internal static IReadOnlyList<Citation> Extract(ScanText text, ExtractOptions? options = null)
    {
        var citations = CitationParser.Extract(text.Scanned, options);
        if (ReferenceEquals(text.Scanned, text.Original))
        {
            return citations;
        }

        return citations.Select(c => c with { Span = text.ToOriginal(c.Span) }).ToList();
    }
}
