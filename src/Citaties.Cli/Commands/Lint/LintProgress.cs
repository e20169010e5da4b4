using System;
using System.Collections.Generic;
using System.Diagnostics;
using Spectre.Console;

namespace Citaties.Cli.Commands.Lint;

/// <summary>
/// Hands the results of a run to a consumer in order, and when the run takes longer than a delay (about two
/// seconds) shows a progress bar on the terminal meanwhile: files done, findings so far, the file awaited next.
/// Without a console (output redirected, CI, --quiet) it only consumes. The bar is cleared when done, so the
/// terminal keeps only the findings and the summary.
/// </summary>
internal sealed class LintProgress
{
    private readonly IAnsiConsole? console;
    private readonly TimeSpan delay;

    /// <summary>Shows the bar on <paramref name="console"/> (none when null) after <paramref name="delay"/>.</summary>
    public LintProgress(IAnsiConsole? console, TimeSpan delay)
    {
        this.console = console;
        this.delay = delay;
    }

    /// <summary>
    /// Passes each of <paramref name="results"/> to <paramref name="consume"/>, which returns how many findings it
    /// reported; <paramref name="names"/> are the inputs' names in the same order.
    /// </summary>
    public void Run<T>(IEnumerable<T> results, IReadOnlyList<string> names, Func<T, int> consume)
    {
        using var pending = results.GetEnumerator();
        var watch = Stopwatch.StartNew();
        var done = 0;
        var findings = 0;
        while (console is null || watch.Elapsed < delay)
        {
            if (!pending.MoveNext())
            {
                return;
            }

            findings += consume(pending.Current);
            done++;
        }

        string Describe() =>
            $"{done}/{names.Count} files, {findings} findings" + (done < names.Count ? "  " + Markup.Escape(names[done]) : string.Empty);

        console.Progress()
            .AutoClear(true)
            .Columns(new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
            .Start(context =>
            {
                var task = context.AddTask(Describe(), maxValue: Math.Max(1, names.Count));
                task.Value = done;
                while (pending.MoveNext())
                {
                    findings += consume(pending.Current);
                    done++;
                    task.Value = done;
                    task.Description = Describe();
                }
            });
    }

    /// <summary>
    /// True when progress may be shown: standard error (where it goes) is a terminal and the <c>CI</c> variable is
    /// unset or empty (a CI log is a file, where a redrawn bar is noise). <c>--quiet</c> turns it off per run.
    /// </summary>
    public static bool Allowed(bool errorIsTerminal, string? ci) =>
        errorIsTerminal && string.IsNullOrEmpty(ci);

    /// <summary>A console that draws on <paramref name="stderr"/>, a terminal.</summary>
    public static IAnsiConsole ConsoleOn(System.IO.TextWriter stderr) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(stderr),
        Ansi = AnsiSupport.Detect,
        Interactive = InteractionSupport.Yes,
    });
}
