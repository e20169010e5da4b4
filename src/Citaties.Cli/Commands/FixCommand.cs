using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Citaties.Cli.Inputs;
using Citaties.Cli.Linting;
using Citaties.Cli.Output;
using Citaties.Cli.Output.Lint;
using Citaties.Cli.Settings;
using Citaties.OpenXml;
using Citaties.OpenXml.Input;
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
        var files = CommonOptions.Files("Files, folders (searched recursively for .txt, .md, .html, .htm, .docx) or patterns such as 'docs/*.md'.");

        var command = new Command("fix", "Applies the fixes the rules offer and writes the fixed files. " + ExitCodes)
        {
            output, inPlace, trackChanges, profile, failOn, config, catalog, language, files,
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
        string[] Files);

    private static int Run(CommandContext context, FixRequest request)
    {
        var workingDirectory = context.Settings.WorkingDirectory;
        if (request.Out is not null && request.InPlace)
        {
            context.Stderr.WriteLine("citaties: --out and --in-place cannot be combined");
            return CliApp.ExitUsageOrInputError;
        }

        var settings = FileSettings.Create(workingDirectory, request.Profile, request.Language, request.Config, request.Catalogs, out var problem);
        if (settings is null)
        {
            context.Stderr.WriteLine($"citaties: {problem}");
            return CliApp.ExitUsageOrInputError;
        }

        var inputs = new InputResolver(workingDirectory, FolderWalker.TextAndWordExtensions).Resolve(request.Files).ToList();
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
            var outcome = FixOne(context, request, settings, input, report, out problem);
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
    private static bool? FixOne(CommandContext context, FixRequest request, FileSettings settings, ResolvedInput input, LintTextOutput report, out string? problem)
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
        var setup = settings.For(file.FullPath, out problem);
        if (setup is null)
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

        var remaining = WordDocuments.Is(file)
            ? FixWord(context, request, setup, file, target, targetDisplay, report, out problem)
            : FixText(context, request, setup, file, target, targetDisplay, report, out problem);
        return remaining;
    }

    /// <summary><c>draft.md</c> becomes <c>draft.fixed.md</c> beside it.</summary>
    public static string DefaultTarget(string fullPath) =>
        Path.Combine(
            Path.GetDirectoryName(fullPath) ?? ".",
            Path.GetFileNameWithoutExtension(fullPath) + ".fixed" + Path.GetExtension(fullPath));

    private static bool? FixText(CommandContext context, FixRequest request, FileSetup setup, FileInput file, string target, string targetDisplay, LintTextOutput report, out string? problem)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = $"{file.DisplayPath}: cannot be read: {exception.Message}";
            return null;
        }

        var original = Utf8Text.TryDecode(bytes, out var reason);
        if (original is null)
        {
            problem = $"{file.DisplayPath}: {reason}";
            return null;
        }

        var html = InputReader.IsHtml(file.FullPath);
        var scan = html ? HtmlText.Extract(original) : ScanText.Plain(original);
        var result = TextFixer.Fix(scan, setup.Options);
        var lines = new LineMap(original);
        foreach (var change in result.Applied)
        {
            WriteChange(context.Stdout, file.DisplayPath, lines, change, null);
        }

        foreach (var change in result.Skipped)
        {
            WriteChange(context.Stdout, file.DisplayPath, lines, change, "skipped: markup inside the text to replace");
        }

        var unchangedInPlace = request.InPlace && result.Applied.Count == 0;
        if (!unchangedInPlace)
        {
            var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            var encoded = new UTF8Encoding(hasBom).GetPreamble().Concat(new UTF8Encoding(false).GetBytes(result.Text)).ToArray();
            var writeProblem = AtomicFile.Write(target, encoded, file.FullPath, request.InPlace);
            if (writeProblem is not null)
            {
                problem = $"{targetDisplay}: {writeProblem}";
                return null;
            }
        }

        context.Stdout.WriteLine(unchangedInPlace
            ? $"{file.DisplayPath}: nothing to fix"
            : $"{file.DisplayPath}: {Count(result.Applied.Count)} written to {targetDisplay}");
        problem = null;
        var fixedScan = html ? HtmlText.Extract(result.Text) : ScanText.Plain(result.Text);
        var after = DocumentLinter.LintText(new LoadedDocument(targetDisplay, fixedScan), setup.Options);
        return ReportRemaining(after, request.FailOn, report);
    }

    private static bool? FixWord(CommandContext context, FixRequest request, FileSetup setup, FileInput file, string target, string targetDisplay, LintTextOutput report, out string? problem)
    {
        DocxFixResult result;
        DocxLintResult before;
        try
        {
            before = DocxLinter.Lint(file.FullPath, setup.Options);
            result = DocxLinter.Fix(file.FullPath, target, request.TrackChanges, setup.Options, request.InPlace);
        }
        catch (DocxException exception)
        {
            problem = DocumentLinter.Describe(exception, file);
            return null;
        }

        var lines = new LineMap(before.Text.Text, paragraphSeparatorEndsLine: true);
        foreach (var change in result.Applied)
        {
            WriteChange(context.Stdout, file.DisplayPath, lines, change, null);
        }

        foreach (var change in result.Skipped)
        {
            WriteChange(context.Stdout, file.DisplayPath, lines, change, "skipped: it crosses a paragraph or overlaps another change");
        }

        var how = request.TrackChanges ? " as tracked changes" : string.Empty;
        context.Stdout.WriteLine($"{file.DisplayPath}: {Count(result.Applied.Count)} written{how} to {targetDisplay}");
        var after = new DocumentLinter(new InputReader(TextReader.Null)).Lint(new FileInput(targetDisplay, target), setup.Options, null, out problem);
        return after is null ? null : ReportRemaining(after, request.FailOn, report);
    }

    private static bool ReportRemaining(LintedFile after, RuleSeverity failOn, LintTextOutput report)
    {
        var left = after.Findings.Where(f => CommonOptions.Fails(f.Diagnostic.Severity, failOn)).ToList();
        report.WriteFile(after with { Findings = left });
        return left.Count > 0;
    }

    private static void WriteChange(TextWriter output, string path, LineMap lines, TextChange change, string? note)
    {
        var (line, column) = lines.Locate(change.Span.Start);
        var rules = string.Join(", ", change.RuleIds);
        var suffix = note is null ? string.Empty : "  " + note;
        output.WriteLine($"{path}:{line}:{column}: '{change.OriginalText}' -> '{change.NewText}' ({rules}){suffix}");
    }

    private static string Count(int changes) => changes == 1 ? "1 change" : $"{changes} changes";
}
