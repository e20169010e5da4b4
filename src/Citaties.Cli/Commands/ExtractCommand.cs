using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Citaties.Cli.Inputs;
using Citaties.Cli.Output;
using Citaties.Documents;
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
        var encoding = CommonOptions.Encoding();

        var files = CommonOptions.Files(CommonOptions.DocumentFilesDescription);

        var catalog = CommonOptions.Catalog();
        var command = new Command("extract", "Finds the citations in files and prints them.");
        command.Options.Add(format);
        command.Options.Add(catalog);
        command.Options.Add(threads);
        command.Options.Add(encoding);
        command.Arguments.Add(files);
        command.SetAction(parsed => Run(context, parsed.GetValue(format)!, parsed.GetValue(catalog)!, CommonOptions.ParseEncoding(parsed.GetValue(encoding)!), parsed.GetValue(threads), parsed.GetValue(files)!));
        return command;
    }

    private static int Run(CommandContext context, string format, IReadOnlyList<string> catalogs, EncodingPolicy encoding, int threads, IReadOnlyList<string> arguments)
    {
        var workingDirectory = context.Settings.WorkingDirectory;
        var settings = CliSettingsResolver.Create(workingDirectory, null, null, null, catalogs, out var problem);
        if (settings is null)
        {
            context.Stderr.WriteLine($"citaties: {problem}");
            return CliApp.ExitUsageOrInputError;
        }

        var documents = new DocumentInputs(context.Stdin, encoding);
        if (Selections.DefaultResolver(context, documents.FolderExtensions) is not { } resolver)
        {
            return CliApp.ExitUsageOrInputError;
        }

        var failed = false;
        using IExtractOutput output = format == "json"
            ? new JsonOutput(context.Stdout)
            : new TextOutput(context.Stdout, context.Settings.UseColour);
        // Settings and standard input (one stream that the first '-' reads to its end) are taken here in input order;
        // files are read on the threads that scan.
        var jobs = resolver.Resolve(arguments).Select(input => PreparedInput.Of(input, settings, documents, workingDirectory)).ToList();
        var results = OrderedWork.InOrder(jobs, threads, job => Process(documents, job));
        foreach (var result in results)
        {
            if (result.Document is null)
            {
                if (result.Problem is not null)
                {
                    context.Stderr.WriteLine($"citaties: {result.Problem}");
                }

                failed = true;
                continue;
            }

            output.WriteFile(result.Document, result.Citations!);
        }

        output.Complete();
        return failed ? CliApp.ExitUsageOrInputError : CliApp.ExitOk;
    }

    // Reading and scanning are the work done in parallel; writing stays on the calling thread, in input order.
    private static FileResult Process(DocumentInputs documents, PreparedInput job) =>
        job.Read(documents, out var problem) is (var document, var options)
            ? new FileResult(document, null, document.Extract(options.Extract))
            : new FileResult(null, problem, null);

    private sealed record FileResult(SourceDocument? Document, string? Problem, IReadOnlyList<Citation>? Citations);
}
