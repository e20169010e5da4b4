using System;

namespace Citaties.Cli;

/// <summary>What the command line tool takes from its environment, so that tests can set it without a process.</summary>
public sealed record CliSettings
{
    /// <summary>The folder that relative paths and globs are resolved against.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>True to colour text output with ANSI escape codes (see <see cref="ColourPolicy"/>).</summary>
    public bool UseColour { get; init; }
}
