using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Citaties.Cli.Inputs;
using Citaties.Cli.Output.Lint;
using Citaties.Documents;
using Citaties.Rules;

namespace Citaties.Cli.Commands.Lint;

/// <summary>
/// One run of <c>lint</c> over resolved inputs: reads and lints them (in parallel with <c>--threads</c>), reports
/// the findings a baseline does not hold (or records them all with <c>--write-baseline</c>), shows progress on a
/// terminal, and ends with the summary line and the exit code.
/// </summary>
internal sealed class LintSession
{
    private readonly CommandContext context;
    private readonly LintRequest request;
    private readonly SettingsResolver settings;
    private readonly DocumentInputs documents;
    private readonly string? annotateTo;
    private readonly BaselineFiles? baselineFile;
    private readonly FindingBaseline? baseline;
    private readonly LintSummary summary = new();
    private readonly List<(string Path, IReadOnlyList<LintFinding> Findings)> recorded = new();
    private bool failed;
    private bool found;

    /// <summary>
    /// A run with the command's <paramref name="settings"/> and <paramref name="documents"/>; <paramref name="baselineFile"/>
    /// is the file of <c>--baseline</c> (then <paramref name="baseline"/> is what it holds) or of <c>--write-baseline</c>.
    /// </summary>
    public LintSession(CommandContext context, LintRequest request, SettingsResolver settings, DocumentInputs documents, string? annotateTo, BaselineFiles? baselineFile, FindingBaseline? baseline)
    {
        this.context = context;
        this.request = request;
        this.settings = settings;
        this.documents = documents;
        this.annotateTo = annotateTo;
        this.baselineFile = baselineFile;
        this.baseline = baseline;
    }

    /// <summary>The error <c>--annotate</c> gives for anything but one Word document.</summary>
    public const string AnnotateNeedsWord = "--annotate needs exactly one .docx input";

    /// <summary>Lints <paramref name="inputs"/> and returns the exit code.</summary>
    public int Run(IReadOnlyList<ResolvedInput> inputs)
    {
        var watch = Stopwatch.StartNew();
        var workingDirectory = context.Settings.WorkingDirectory;
        // Settings and standard input are taken in input order on this thread; only the jobs that are ready run in parallel.
        var jobs = inputs.Select(input => PreparedInput.Of(input, settings, documents, workingDirectory)).ToList();
        var results = OrderedWork.InOrder(jobs, request.Threads, Lint);
        var console = context.Settings.ShowProgress && !request.Quiet ? LintProgress.ConsoleOn(context.Stderr) : null;
        // A bar redrawn on the terminal while findings are printed to the same terminal would tear both apart, so
        // there the findings wait until the bar is gone.
        var held = console is not null && context.Settings.OutputIsTerminal ? new StringWriter() : null;
        using (var output = LintOutputs.Create(request.Format, held ?? context.Stdout, context.Settings, request.Language, settings))
        {
            new LintProgress(console, context.Settings.ProgressDelay).Run(results, jobs.Select(j => j.Input.DisplayPath).ToList(), result => Consume(result, output));
            output.Complete();
        }

        if (held is not null)
        {
            context.Stdout.Write(held.ToString());
            context.Stdout.Flush();
        }

        if (request.WriteBaseline is not null)
        {
            WriteBaseline();
        }

        if (!request.Quiet)
        {
            context.Stderr.WriteLine(summary.Line(watch.Elapsed, baselineFile is not null));
        }

        return failed ? CliApp.ExitUsageOrInputError : found ? LintCommand.ExitFindings : CliApp.ExitOk;
    }

    /// <summary>The findings of one input, or null with the problem to report (null when reported already).</summary>
    private sealed record LintResult(DocumentLintResult? File, string? Problem);

    // Writes one result and returns how many findings it reported.
    private int Consume(LintResult result, ILintOutput output)
    {
        if (result.File is not { } linted)
        {
            if (result.Problem is not null)
            {
                context.Stderr.WriteLine($"citaties: {result.Problem}");
            }

            failed = true;
            return 0;
        }

        var reported = Report(linted);
        output.WriteFile(reported);
        summary.Add(linted.Citations.Count, linted.Findings.Count, reported);
        found |= reported.Findings.Any(f => FailLevel.Fails(f.Diagnostic.Severity, request.FailOn));
        if (annotateTo is not null)
        {
            context.Stderr.WriteLine($"citaties: wrote {request.Annotate} with {linted.Findings.Count} comment(s)");
        }

        return reported.Findings.Count;
    }

    // All findings; those the baseline does not hold; or, when a baseline is being written, none (each is recorded).
    private ReportedFile Report(DocumentLintResult linted)
    {
        var all = ReportedFile.All(linted);
        if (baselineFile is null)
        {
            return all;
        }

        var key = baselineFile.Key(linted.Document);
        if (baseline is null)
        {
            recorded.Add((key, linted.Findings));
            return all with { Findings = new List<LintFinding>(), Occurrences = new List<int>() };
        }

        var kept = Enumerable.Range(0, all.Findings.Count)
            .Where(i => !baseline.IsKnown(all.Findings[i].Diagnostic.Id, key, all.Findings[i].Text, all.Occurrences[i]))
            .ToList();
        return all with { Findings = kept.Select(i => all.Findings[i]).ToList(), Occurrences = kept.Select(i => all.Occurrences[i]).ToList() };
    }

    private void WriteBaseline()
    {
        var problem = baselineFile!.Write(recorded);
        if (problem is not null)
        {
            context.Stderr.WriteLine($"citaties: {problem}");
            failed = true;
            return;
        }

        context.Stderr.WriteLine($"citaties: wrote {request.WriteBaseline} with {recorded.Sum(f => f.Findings.Count)} finding(s)");
    }

    // The work that runs in parallel: it reads only its own file (and for --annotate writes only its own copy).
    private LintResult Lint(PreparedInput job)
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
}
