using System.Collections.Generic;
using System.CommandLine;
using Citaties.Cli.Inputs;
using Citaties.Cli.Output;
using Citaties.Cli.Settings;
using Citaties.Documents;

namespace Citaties.Cli.Commands;

/// <summary>
/// <c>citaties sources FILE... [--format text|md|json]</c>: a table of authorities over all inputs, grouped
/// (legislation, EU law, parliamentary papers, case law), each source once with where it is cited.
/// </summary>
internal static class SourcesCommand
{
    /// <summary>The values of <c>--format</c>.</summary>
    public static readonly string[] Formats = { "text", "md", "json" };

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
        var encoding = CommonOptions.Encoding();
        var files = CommonOptions.Files(CommonOptions.DocumentFilesDescription);
        var command = new Command("sources", "Prints a table of authorities: every cited source once, grouped, with where it is cited.")
        {
            format, encoding, files,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(format)!, CommonOptions.ParseEncoding(parsed.GetValue(encoding)!), parsed.GetValue(files)!));
        return command;
    }

    private static int Run(CommandContext context, string format, EncodingPolicy encoding, IReadOnlyList<string> arguments)
    {
        var workingDirectory = context.Settings.WorkingDirectory;
        var settings = CliSettingsResolver.Create(workingDirectory, null, null, null, System.Array.Empty<string>(), out var problem);
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

        var table = new AuthorityTable();
        var failed = false;
        foreach (var input in resolver.Resolve(arguments))
        {
            if (PreparedInput.Of(input, settings, documents, workingDirectory).Read(documents, out problem) is not (var document, var options))
            {
                if (problem is not null)
                {
                    context.Stderr.WriteLine($"citaties: {problem}");
                }

                failed = true;
                continue;
            }

            table.Add(document, options.Extract);
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
