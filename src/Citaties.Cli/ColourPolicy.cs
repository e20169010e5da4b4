namespace Citaties.Cli;

/// <summary>Decides whether text output is coloured.</summary>
public static class ColourPolicy
{
    /// <summary>
    /// Colour only when standard output is a terminal and NO_COLOR (https://no-color.org) is unset or empty:
    /// escape codes in a redirected file or a pipe are noise for whoever reads it next.
    /// </summary>
    /// <param name="outputIsTerminal">True when standard output is not redirected.</param>
    /// <param name="noColor">The value of the NO_COLOR environment variable, or null when unset.</param>
    public static bool ShouldUseColour(bool outputIsTerminal, string? noColor) =>
        outputIsTerminal && string.IsNullOrEmpty(noColor);
}
