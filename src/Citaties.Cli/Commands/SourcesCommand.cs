using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Citaties.Cli.Inputs;
using Citaties.Cli.Output;
using Citaties.Cli.Sources;
using Citaties.OpenXml;
using Citaties.OpenXml.Input;
using Citaties.Rules;

namespace Citaties.Cli.Commands;

/// <summary>
/// <c>citaties sources FILE... [--format text|md|json]</c>: a table of authorities over all inputs, grouped
/// (legislation, EU law, parliamentary papers, case law), each source once with where it is cited.
/// </summary>
internal static class SourcesCommand
{
    /// <summary>The values of <c>--format</c>.</summary>
    public static readonly string[] Formats = { "text", "md", "json" };

    // Only the citations are needed: every rule off, so a Word document is read and scanned without linting.
    private static readonly LintOptions NoRules = new()
    {
        Severities = RuleCatalog.All.ToDictionary(d => d.Id, _ => RuleSeverity.None),
    };

    /// <summary>The command, bound to the streams of <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text, md (a Markdown table per group) or json.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|md|json",
        };
        format.AcceptOnlyFromAmong(Formats);
        var files = CommonOptions.Files(CommonOptions.DocumentFilesDescription);
        var command = new Command("sources", "Prints a table of authorities: every cited source once, grouped, with where it is cited.")
        {
            format, files,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(format)!, parsed.GetValue(files)!));
        return command;
    }

    private static int Run(CommandContext context, string format, IReadOnlyList<string> arguments)
    {
        var resolver = new InputResolver(context.Settings.WorkingDirectory, FolderWalker.TextAndWordExtensions);
        var reader = new InputReader(context.Stdin);
        var table = new SourceTable();
        var failed = false;
        foreach (var input in resolver.Resolve(arguments))
        {
            if (WordDocuments.Is(input))
            {
                var file = (FileInput)input;
                try
                {
                    var result = DocxLinter.Lint(file.FullPath, NoRules);
                    table.Add(result.Citations, c =>
                    {
                        var paragraph = result.Text.ParagraphAt(c.Span.Start);
                        return new CitationPlace(file.DisplayPath, c.Text, 0, 0, paragraph?.PartUri ?? "/word/document.xml", (paragraph?.Index ?? 0) + 1);
                    });
                }
                catch (DocxException exception)
                {
                    context.Stderr.WriteLine($"citaties: {Linting.DocumentLinter.Describe(exception, file)}");
                    failed = true;
                }

                continue;
            }

            var document = reader.Read(input, out var reason);
            if (document is null)
            {
                context.Stderr.WriteLine($"citaties: {input.DisplayPath}: {reason}");
                failed = true;
                continue;
            }

            var lines = new LineMap(document.Text.Original);
            table.Add(ExtractCommand.Extract(document.Text), c =>
            {
                var (line, column) = lines.Locate(c.Span.Start);
                return new CitationPlace(document.DisplayPath, c.Text, line, column, null, 0);
            });
        }

        var sources = table.Sources();
        switch (format)
        {
            case "json":
                SourceWriters.Json(context.Stdout, sources);
                break;
            case "md":
                SourceWriters.Markdown(context.Stdout, sources);
                break;
            default:
                SourceWriters.Text(context.Stdout, sources);
                break;
        }

        return failed ? CliApp.ExitUsageOrInputError : CliApp.ExitOk;
    }
}
