using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Citaties.Cli.Commands.Lint;
using Citaties.Cli.Inputs;
using Citaties.Cli.Output.Lint;
using Citaties.Cli.Settings;
using Citaties.Documents;

namespace Citaties.Cli.Commands;

/// <summary>
/// <c>citaties lint</c>: checks the citations of text files and Word documents against the rules of the profile
/// and prints the findings in one of the <see cref="LintOutputs.Formats"/>. Exit code 0 when nothing is at or above
/// <c>--fail-on</c>, 1 when something is, 2 when an input or the configuration could not be used (2 wins). This
/// file reads the command line and makes the run ready; <see cref="LintSession"/> runs it.
/// </summary>
internal static class LintCommand
{
    /// <summary>The exit code when findings at or above the <c>--fail-on</c> level were made.</summary>
    public const int ExitFindings = 1;

    /// <summary>The command, bound to the streams of <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = LintOutputs.Description,
            DefaultValueFactory = _ => "text",
            HelpName = string.Join("|", LintOutputs.Formats),
        };
        format.AcceptOnlyFromAmong(LintOutputs.Formats);
        var profile = CommonOptions.Profile();
        var failOn = CommonOptions.FailOn("The lowest severity that makes the exit code 1; 'none' never fails on findings.");
        var config = CommonOptions.Config();
        var catalog = CommonOptions.Catalog();
        var language = CommonOptions.Language();
        var annotate = new Option<string?>("--annotate")
        {
            Description = "For one .docx input: also write a copy with every finding as a Word comment to this file (the input is never changed).",
            HelpName = "OUT.docx",
        };
        var threads = CommonOptions.Threads("read and lint");
        var encoding = CommonOptions.Encoding();
        var exclude = new Option<string[]>("--exclude", "-x")
        {
            Description = "Leave out files and folders matching this pattern (gitignore syntax, relative to the working folder) when searching folders and patterns; "
                + "may be repeated. A .citatiesignore found from the working folder upward and 'exclude' in citaties.json do the same.",
            HelpName = "GLOB",
            Arity = ArgumentArity.ZeroOrMore,
            DefaultValueFactory = _ => System.Array.Empty<string>(),
        };
        var changedSince = new Option<string?>("--changed-since")
        {
            Description = "Lint only the inputs that 'git diff --name-only REF' names (changed since REF, committed or not; deleted files left out) "
                + "and untracked files git does not ignore.",
            HelpName = "REF",
        };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "Report only findings this baseline does not hold (matched by rule, file and citation text, not by line).",
            HelpName = "FILE",
        };
        var writeBaseline = new Option<string?>("--write-baseline")
        {
            Description = "Record every finding in this baseline file (replacing an earlier baseline there) and report none.",
            HelpName = "FILE",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "No progress bar and no summary line on standard error; findings and problems are still reported.",
        };
        var files = CommonOptions.Files(CommonOptions.DocumentFilesDescription);

        var command = new Command("lint", "Checks the citations in files against the rules of a profile and reports the findings.")
        {
            format, profile, failOn, config, catalog, language, annotate, threads, encoding, exclude, changedSince, baseline, writeBaseline, quiet, files,
        };
        command.SetAction(parsed => Run(
            context,
            new LintRequest(
                parsed.GetValue(format)!,
                parsed.GetValue(profile),
                CommonOptions.ParseFailOn(parsed.GetValue(failOn)!),
                parsed.GetValue(config),
                parsed.GetValue(catalog)!,
                parsed.GetValue(language),
                parsed.GetValue(annotate),
                parsed.GetValue(threads),
                CommonOptions.ParseEncoding(parsed.GetValue(encoding)!),
                parsed.GetValue(exclude)!,
                parsed.GetValue(changedSince),
                parsed.GetValue(baseline),
                parsed.GetValue(writeBaseline),
                parsed.GetValue(quiet),
                parsed.GetValue(files)!)));
        return command;
    }

    private static int Run(CommandContext context, LintRequest request)
    {
        var session = Prepare(context, request, out var inputs, out var problem);
        if (session is null)
        {
            context.Stderr.WriteLine($"citaties: {problem}");
            return CliApp.ExitUsageOrInputError;
        }

        return session.Run(inputs!);
    }

    // Everything that can stop the run before any file is read: settings, selection, git, baseline, --annotate.
    private static LintSession? Prepare(CommandContext context, LintRequest request, out IReadOnlyList<ResolvedInput>? inputs, out string? problem)
    {
        inputs = null;
        var workingDirectory = context.Settings.WorkingDirectory;
        if (request.Baseline is not null && request.WriteBaseline is not null)
        {
            problem = "--baseline and --write-baseline do not go together: write the baseline first, then check against it";
            return null;
        }

        var settings = CliSettingsResolver.Create(workingDirectory, request.Profile, request.Language, request.Config, request.Catalogs, out problem);
        var configuration = settings?.ConfigurationFor(workingDirectory, out problem);
        var selection = configuration is null ? null : Selections.Create(workingDirectory, configuration, request.Excludes, out problem);
        if (settings is null || selection is null)
        {
            return null;
        }

        var documents = new DocumentInputs(context.Stdin, request.Encoding);
        var resolved = new InputResolver(workingDirectory, documents.FolderExtensions, selection).Resolve(request.Files).ToList();
        if (request.ChangedSince is not null)
        {
            if (GitChanges.Since(workingDirectory, request.ChangedSince, out problem) is not { } changed)
            {
                return null;
            }

            resolved = resolved.Where(input => input is not FileInput file || changed.Contains(file.FullPath)).ToList();
        }

        string? annotateTo = null;
        if (request.Annotate is not null)
        {
            if (resolved.Count != 1 || resolved[0] is not FileInput)
            {
                problem = LintSession.AnnotateNeedsWord;
                return null;
            }

            annotateTo = Path.GetFullPath(Path.Combine(workingDirectory, request.Annotate));
        }

        var baselinePath = request.Baseline ?? request.WriteBaseline;
        var baselineFile = baselinePath is null ? null : new BaselineFiles(workingDirectory, baselinePath);
        FindingBaseline? baseline = null;
        if (request.Baseline is not null && (baseline = baselineFile!.Read(out problem)) is null)
        {
            return null;
        }

        inputs = resolved;
        return new LintSession(context, request, settings, documents, annotateTo, baselineFile, baseline);
    }
}
