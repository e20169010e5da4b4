using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Citaties.Cli.Inputs;
using Citaties.Cli.Output.Lint;
using Citaties.Cli.Settings;
using Citaties.Documents;
using Citaties.Rules;

namespace Citaties.Cli.Commands;

/// <summary>
/// <c>citaties fix</c>: applies every fix the rules offer and writes the result to a new file (or, with
/// <c>--in-place</c>, over the input through a temporary file and a rename). Prints each change, then the
/// findings at or above <c>--fail-on</c> that remain because no rule can fix them.
/// </summary>
internal static class FixCommand
{
    private const string ExitCodes =
        "Exit code 0: every file was written and no finding at or above --fail-on remains; 1: files were written but "
        + "findings at or above --fail-on remain that have no fix (they are listed); 2: a usage error or an input that "
        + "could not be read or written.";

    /// <summary>The command, bound to the streams of <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The file to write, for a single input (default: <name>.fixed<ext> beside the input).",
            HelpName = "FILE",
        };
        var inPlace = new Option<bool>("--in-place")
        {
            Description = "Overwrite each input with its fixed text (through a temporary file and a rename).",
        };
        var trackChanges = new Option<bool>("--track-changes")
        {
            Description = "For .docx: write the fixes as tracked changes by 'Citaties' (the default); '--track-changes false' changes the text directly.",
            DefaultValueFactory = _ => true,
        };
        var profile = CommonOptions.Profile();
        var failOn = CommonOptions.FailOn("The lowest severity of a remaining finding that makes the exit code 1; 'none' never does.");
        var config = CommonOptions.Config();
        var catalog = CommonOptions.Catalog();
        var language = CommonOptions.Language();
        var encoding = CommonOptions.Encoding();
        var files = CommonOptions.Files("Files, folders (searched recursively for .txt, .md, .html, .htm, .docx) or patterns such as 'docs/*.md'.");

        var command = new Command("fix", "Applies the fixes the rules offer and writes the fixed files. " + ExitCodes)
        {
            output, inPlace, trackChanges, profile, failOn, config, catalog, language, encoding, files,
        };
        command.SetAction(parsed => Run(context, new FixRequest(
            parsed.GetValue(output),
            parsed.GetValue(inPlace),
            parsed.GetValue(trackChanges),
            parsed.GetValue(profile),
            CommonOptions.ParseFailOn(parsed.GetValue(failOn)!),
            parsed.GetValue(config),
            parsed.GetValue(catalog)!,
            parsed.GetValue(language),
            CommonOptions.ParseEncoding(parsed.GetValue(encoding)!),
            parsed.GetValue(files)!)));
        return command;
    }

    private sealed record FixRequest(
        string? Out,
        bool InPlace,
        bool TrackChanges,
        string? Profile,
        RuleSeverity FailOn,
        string? Config,
        string[] Catalogs,
        string? Language,
        EncodingPolicy Encoding,
        string[] Files);

    private static int Run(CommandContext context, FixRequest request)
    {
        var workingDirectory = context.Settings.WorkingDirectory;
        if (request.Out is not null && request.InPlace)
        {
            context.Stderr.WriteLine("citaties: --out and --in-place cannot be combined");
            return CliApp.ExitUsageOrInputError;
        }

        var settings = CliSettingsResolver.Create(workingDirectory, request.Profile, request.Language, request.Config, request.Catalogs, out var problem);
        if (settings is null)
        {
            context.Stderr.WriteLine($"citaties: {problem}");
            return CliApp.ExitUsageOrInputError;
        }

        var documents = new DocumentInputs(context.Stdin, request.Encoding);
        if (Selections.DefaultResolver(context, documents.FolderExtensions) is not { } resolver)
        {
            return CliApp.ExitUsageOrInputError;
        }

        var inputs = resolver.Resolve(request.Files).ToList();
        if (request.Out is not null && inputs.Count != 1)
        {
            context.Stderr.WriteLine($"citaties: --out needs exactly one input, but {inputs.Count} were given; leave it out to write <name>.fixed<ext> beside each");
            return CliApp.ExitUsageOrInputError;
        }

        var failed = false;
        var remaining = false;
        var report = new LintTextOutput(context.Stdout, context.Settings.UseColour);
        foreach (var input in inputs)
        {
            var outcome = FixOne(context, request, settings, documents, input, report, out problem);
            if (outcome is null)
            {
                if (problem is not null)
                {
                    context.Stderr.WriteLine($"citaties: {problem}");
                }

                failed = true;
                continue;
            }

            remaining |= outcome.Value;
        }

        context.Stdout.Flush();
        return failed ? CliApp.ExitUsageOrInputError : remaining ? LintCommand.ExitFindings : CliApp.ExitOk;
    }

    // True when findings at or above --fail-on remain; null when the input could not be fixed.
    private static bool? FixOne(CommandContext context, FixRequest request, SettingsResolver settings, DocumentInputs documents, ResolvedInput input, LintTextOutput report, out string? problem)
    {
        switch (input)
        {
            case InputProblem bad:
                problem = $"{bad.DisplayPath}: {bad.Reason}";
                return null;
            case StdinInput:
                problem = "-: standard input cannot be fixed; give a file";
                return null;
        }

        var file = (FileInput)input;
        var options = settings.For(file.FullPath, out problem);
        if (options is null)
        {
            return null;
        }

        var target = request.InPlace ? file.FullPath
            : request.Out is not null ? Path.GetFullPath(Path.Combine(context.Settings.WorkingDirectory, request.Out))
            : DefaultTarget(file.FullPath);
        var targetDisplay = request.InPlace ? file.DisplayPath
            : request.Out ?? DisplayPaths.Normalize(Path.Combine(Path.GetDirectoryName(file.DisplayPath) ?? string.Empty, Path.GetFileName(target)));
        if (!request.InPlace && AtomicFile.SamePath(target, file.FullPath))
        {
            problem = $"{targetDisplay}: is the input file; write to another file or use --in-place";
            return null;
        }

        var document = documents.Read(input, out problem);
        if (document is null)
        {
            return null;
        }

        DocumentFixResult result;
        try
        {
            result = document.Fix(options, request.TrackChanges);
        }
        catch (DocumentException exception)
        {
            problem = DocumentInputs.Describe(exception, input);
            return null;
        }

        foreach (var change in result.Applied)
        {
            WriteChange(context.Stdout, file.DisplayPath, document.Text, change, null);
        }

        foreach (var change in result.Skipped)
        {
            WriteChange(context.Stdout, file.DisplayPath, document.Text, change, "skipped: " + result.SkipReason);
        }

        // Rewriting a file in place with nothing changed would only touch its date.
        var unchangedInPlace = request.InPlace && result.Applied.Count == 0;
        if (!unchangedInPlace)
        {
            try
            {
                AtomicFile.Write(target, result.Content, file.FullPath, request.InPlace);
            }
            catch (DocumentException exception)
            {
                problem = $"{targetDisplay}: {exception.Reason}";
                return null;
            }
        }

        var how = request.TrackChanges && document.CanTrackChanges ? " as tracked changes" : string.Empty;
        context.Stdout.WriteLine(unchangedInPlace
            ? $"{file.DisplayPath}: nothing to fix"
            : $"{file.DisplayPath}: {Count(result.Applied.Count)} written{how} to {targetDisplay}");
        try
        {
            var after = documents.Reader.Read(targetDisplay, result.Content).Lint(options);
            return ReportRemaining(after, request.FailOn, report);
        }
        catch (DocumentException exception)
        {
            problem = $"{targetDisplay}: {exception.Reason}";
            return null;
        }
    }

    /// <summary><c>draft.md</c> becomes <c>draft.fixed.md</c> beside it.</summary>
    public static string DefaultTarget(string fullPath) =>
        Path.Combine(
            Path.GetDirectoryName(fullPath) ?? ".",
            Path.GetFileNameWithoutExtension(fullPath) + ".fixed" + Path.GetExtension(fullPath));

    private static bool ReportRemaining(DocumentLintResult after, RuleSeverity failOn, LintTextOutput report)
    {
        var left = after.Findings.Where(f => FailLevel.Fails(f.Diagnostic.Severity, failOn)).ToList();
        report.WriteFile(ReportedFile.All(after with { Findings = left }));
        return left.Count > 0;
    }

    private static void WriteChange(TextWriter output, string path, SourceText text, TextChange change, string? note)
    {
        var (line, column) = text.Lines.Locate(change.Span.Start);
        var rules = string.Join(", ", change.RuleIds);
        var suffix = note is null ? string.Empty : "  " + note;
        output.WriteLine($"{path}:{line}:{column}: '{change.OriginalText}' -> '{change.NewText}' ({rules}){suffix}");
    }

    private static string Count(int changes) => changes == 1 ? "1 change" : $"{changes} changes";
}
