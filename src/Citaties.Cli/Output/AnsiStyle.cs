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

    /// <summary>A severity name, in the colour of <paramref name="severity"/>: errors red, warnings yellow, infos blue.</summary>
    public string Severity(Citaties.Rules.RuleSeverity severity, string text) => severity switch
    {
        Citaties.Rules.RuleSeverity.Error => Paint("\u001b[1;31m", text),
        Citaties.Rules.RuleSeverity.Warning => Paint("\u001b[1;33m", text),
        _ => Paint("\u001b[1;34m", text),
    };

    private string Paint(string code, string text) => enabled ? code + text + Reset : text;
}
