using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Citaties.Cli.Inputs;
using Citaties.Cli.Linting;
using Citaties.Cli.Output.Lint;
using Citaties.Cli.Settings;
using Citaties.Rules;

namespace Citaties.Cli.Commands;

/// <summary>
/// <c>citaties lint</c>: checks the citations of text files and Word documents against the rules of the profile
/// and prints the findings as text, JSON or SARIF. Exit code 0 when nothing is at or above <c>--fail-on</c>,
/// 1 when something is, 2 when an input or the configuration could not be used (2 wins).
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
        var files = CommonOptions.Files(CommonOptions.DocumentFilesDescription);

        var command = new Command("lint", "Checks the citations in files against the rules of a profile and reports the findings.")
        {
            format, profile, failOn, config, catalog, language, annotate, files,
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
        string[] Files);

    private static int Run(CommandContext context, LintRequest request)
    {
        var workingDirectory = context.Settings.WorkingDirectory;
        var settings = FileSettings.Create(workingDirectory, request.Profile, request.Language, request.Config, request.Catalogs, out var problem);
        if (settings is null)
        {
            context.Stderr.WriteLine($"citaties: {problem}");
            return CliApp.ExitUsageOrInputError;
        }

        var inputs = new InputResolver(workingDirectory, FolderWalker.TextAndWordExtensions).Resolve(request.Files).ToList();
        string? annotateTo = null;
        if (request.Annotate is not null)
        {
            if (inputs.Count != 1 || !WordDocuments.Is(inputs[0]))
            {
                context.Stderr.WriteLine("citaties: --annotate needs exactly one .docx input");
                return CliApp.ExitUsageOrInputError;
            }

            annotateTo = Path.GetFullPath(Path.Combine(workingDirectory, request.Annotate));
        }

        var linter = new DocumentLinter(new InputReader(context.Stdin));
        var failed = false;
        var found = false;
        using (var output = CreateOutput(context, request, settings))
        {
            foreach (var input in inputs)
            {
                var linted = LintOne(input, settings, linter, annotateTo, out problem);
                if (linted is null)
                {
                    if (problem is not null)
                    {
                        context.Stderr.WriteLine($"citaties: {problem}");
                    }

                    failed = true;
                    continue;
                }

                output.WriteFile(linted);
                found |= linted.Findings.Any(f => CommonOptions.Fails(f.Diagnostic.Severity, request.FailOn));
                if (annotateTo is not null)
                {
                    context.Stderr.WriteLine($"citaties: wrote {request.Annotate} with {linted.Findings.Count} comment(s)");
                }
            }

            output.Complete();
        }

        return failed ? CliApp.ExitUsageOrInputError : found ? ExitFindings : CliApp.ExitOk;
    }

    private static LintedFile? LintOne(ResolvedInput input, FileSettings settings, DocumentLinter linter, string? annotateTo, out string? problem)
    {
        if (input is InputProblem bad)
        {
            problem = $"{bad.DisplayPath}: {bad.Reason}";
            return null;
        }

        var setup = settings.For((input as FileInput)?.FullPath, out problem);
        return setup is null ? null : linter.Lint(input, setup.Options, annotateTo, out problem);
    }

    private static ILintOutput CreateOutput(CommandContext context, LintRequest request, FileSettings settings) => request.Format switch
    {
        "json" => new LintJsonOutput(context.Stdout),
        "sarif" => new SarifOutput(
            context.Stdout,
            context.Settings.WorkingDirectory,
            request.Language == "en" ? CultureInfo.GetCultureInfo("en-GB") : LintOptions.Default.Culture,
            settings.FlagProfile ?? LintProfile.Literatuur),
        _ => new LintTextOutput(context.Stdout, context.Settings.UseColour),
    };
}
