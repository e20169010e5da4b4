using System;
using System.IO;

namespace Citaties.Cli;

/// <summary>What the command line tool takes from its environment, so that tests can set it without a process.</summary>
public sealed record CliSettings
{
    /// <summary>The folder that relative paths and globs are resolved against.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>True to colour text output with ANSI escape codes (see <see cref="ColourPolicy"/>).</summary>
    public bool UseColour { get; init; }

    /// <summary>True when standard output is a terminal (not redirected to a file or a pipe).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>
    /// True when a long run may show a progress bar on standard error: it is a terminal and no CI runs us
    /// (see <see cref="Commands.Lint.LintProgress.Allowed"/>). False by default, so that tests and redirected runs never get one.
    /// </summary>
    public bool ShowProgress { get; init; }

    /// <summary>How long a run goes before the progress bar appears.</summary>
    public TimeSpan ProgressDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Opens standard input as raw bytes, for <c>citaties lsp</c>, whose protocol is bytes with length headers rather
    /// than lines of text; a test hands in one end of a pipe.
    /// </summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>Opens standard output as raw bytes, for <c>citaties lsp</c>.</summary>
    public Func<Stream> OpenStandardOutput { get; init; } = Console.OpenStandardOutput;
}
