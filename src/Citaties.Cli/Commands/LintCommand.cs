using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Citaties.Cli.Inputs;
using Citaties.Documents;
using Citaties.Cli.Output.Lint;
using Citaties.Cli.Settings;
using Citaties.Rules;

namespace Citaties.Cli.Commands;

/// <summary>
/// <c>citaties lint</c>: checks the citations of text files and Word documents against the rules of the profile
/// and prints the findings as text, JSON or SARIF. Exit code 0 when nothing is at or above <c>--fail-on</c>,
/// 1 when something is, 2 when an input or the configuration could not be used (2 wins). With <c>--threads N</c>
/// the files are read and linted in parallel; the output, the messages and the exit code are those of one thread.
/// </summary>
internal static class LintCommand
{
    /// <summary>The values of <c>--format</c>.</summary>
    public static readonly string[] Formats = { "text", "json", "sarif" };

    /// <summary>The exit code when findings at or above the <c>--fail-on</c> level were made.</summary>
    public const int ExitFindings = 1;

    /// <summary>The command, bound to the streams of <paramref name="context"/>.</summary>
    public static Command Create(CommandContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (one line per finding), json (the machine interface) or sarif (SARIF 2.1.0 for code scanning).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|sarif",
        };
        format.AcceptOnlyFromAmong(Formats);
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
        var files = CommonOptions.Files(CommonOptions.DocumentFilesDescription);

        var command = new Command("lint", "Checks the citations in files against the rules of a profile and reports the findings.")
        {
            format, profile, failOn, config, catalog, language, annotate, threads, encoding, files,
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
                parsed.GetValue(files)!)));
        return command;
    }

    private sealed record LintRequest(
        string Format,
        string? Profile,
        RuleSeverity FailOn,
        string? Config,
        string[] Catalogs,
        string? Language,
        string? Annotate,
        int Threads,
        EncodingPolicy Encoding,
        string[] Files);

    private static int Run(CommandContext context, LintRequest request)
    {
        var workingDirectory = context.Settings.WorkingDirectory;
        var settings = CliSettingsResolver.Create(workingDirectory, request.Profile, request.Language, request.Config, request.Catalogs, out var problem);
        if (settings is null)
        {
            context.Stderr.WriteLine($"citaties: {problem}");
            return CliApp.ExitUsageOrInputError;
        }

        var documents = new DocumentInputs(context.Stdin, request.Encoding);
        var inputs = new InputResolver(workingDirectory, documents.FolderExtensions).Resolve(request.Files).ToList();
        string? annotateTo = null;
        if (request.Annotate is not null)
        {
            if (inputs.Count != 1 || inputs[0] is not FileInput)
            {
                context.Stderr.WriteLine($"citaties: {AnnotateNeedsWord}");
                return CliApp.ExitUsageOrInputError;
            }

            annotateTo = Path.GetFullPath(Path.Combine(workingDirectory, request.Annotate));
        }

        // Settings and standard input are taken in input order on this thread; only the jobs that are ready run in parallel.
        var jobs = inputs.Select(input => PreparedInput.Of(input, settings, documents, workingDirectory)).ToList();
        var results = OrderedWork.InOrder(jobs, request.Threads, job => Lint(job, documents, annotateTo));
        var failed = false;
        var found = false;
        using (var output = CreateOutput(context, request, settings))
        {
            foreach (var result in results)
            {
                if (result.File is not { } linted)
                {
                    if (result.Problem is not null)
                    {
                        context.Stderr.WriteLine($"citaties: {result.Problem}");
                    }

                    failed = true;
                    continue;
                }

                output.WriteFile(linted);
                found |= linted.Findings.Any(f => FailLevel.Fails(f.Diagnostic.Severity, request.FailOn));
                if (annotateTo is not null)
                {
                    context.Stderr.WriteLine($"citaties: wrote {request.Annotate} with {linted.Findings.Count} comment(s)");
                }
            }

            output.Complete();
        }

        return failed ? CliApp.ExitUsageOrInputError : found ? ExitFindings : CliApp.ExitOk;
    }

    private const string AnnotateNeedsWord = "--annotate needs exactly one .docx input";

    /// <summary>The findings of one input, or null with the problem to report (null when reported already).</summary>
    private sealed record LintResult(DocumentLintResult? File, string? Problem);

    // The work that runs in parallel: it reads only its own file (and for --annotate writes only its own copy).
    private static LintResult Lint(PreparedInput job, DocumentInputs documents, string? annotateTo)
    {
        if (job.Read(documents, out var problem) is not (var document, var options))
        {
            return new LintResult(null, problem);
        }

        if (annotateTo is null)
        {
            return new LintResult(document.Lint(options), null);
        }

        if (!document.CanAnnotate)
        {
            return new LintResult(null, AnnotateNeedsWord);
        }

        try
        {
            var (result, content) = document.Annotate(options);
            AtomicFile.Write(annotateTo, content, ((FileInput)job.Input).FullPath, inPlace: false);
            return new LintResult(result, null);
        }
        catch (DocumentException exception)
        {
            return new LintResult(null, DocumentInputs.Describe(exception, job.Input));
        }
    }

    private static ILintOutput CreateOutput(CommandContext context, LintRequest request, SettingsResolver settings) => request.Format switch
    {
        "json" => new LintJsonOutput(context.Stdout),
        "sarif" => new SarifOutput(
            context.Stdout,
            context.Settings.WorkingDirectory,
            request.Language == "en" ? CultureInfo.GetCultureInfo("en-GB") : LintOptions.Default.Culture,
            settings.OverrideProfile ?? LintProfile.Literatuur),
        _ => new LintTextOutput(context.Stdout, context.Settings.UseColour),
    };
}
