namespace Citaties.Cli.Output;

/// <summary>
/// ANSI colours for text output, or none. A handful of SGR codes is all the tool needs; a console library
/// would also wrap lines at the terminal width, which breaks the one-line-per-citation format.
/// </summary>
internal sealed class AnsiStyle
{
    private const string Reset = "\u001b[0m";

    private readonly bool enabled;

    /// <summary>Colours when <paramref name="enabled"/>; otherwise every method returns its text unchanged.</summary>
    public AnsiStyle(bool enabled)
    {
        this.enabled = enabled;
    }

    /// <summary>The file location.</summary>
    public string Location(string text) => Paint("\u001b[36m", text);

    /// <summary>The citation kind.</summary>
    public string Kind(string text) => Paint("\u001b[33m", text);

    /// <summary>The canonical form.</summary>
    public string Canonical(string text) => Paint("\u001b[32m", text);

    private string Paint(string code, string text) => enabled ? code + text + Reset : text;
}
