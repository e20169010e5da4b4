using System;
using Citaties.Rules;
using Citaties.Scanning;

namespace Citaties;

/// <summary>
/// Lints successive versions of one text, such as an editor's buffer as the user types: the citations of every
/// paragraph whose text did not change are kept, and only the changed paragraphs are read again. Laws are resolved
/// and every rule runs over the whole text each time, so the result is always the one
/// <see cref="CitationLinter.Lint(string, LintOptions?)"/> gives for the same text and options, also for the rules
/// that look at the whole document (definitions, a document's own style). Paragraphs are separated by a blank
/// line (or U+2029), which no citation crosses; a text without blank lines is one paragraph and gains nothing.
/// Safe to use from several threads; calls are taken one at a time.
/// </summary>
public sealed class IncrementalLinter
{
    private readonly object gate = new();
    private readonly ParagraphExtractions paragraphs = new();

    /// <summary>A linter for the versions of one text, linted with <paramref name="options"/> (the defaults when null).</summary>
    public IncrementalLinter(LintOptions? options = null)
    {
        Options = options ?? LintOptions.Default;
    }

    /// <summary>The options every version is linted with.</summary>
    public LintOptions Options { get; }

    /// <summary>How many paragraphs the last lint read again (the others were kept).</summary>
    public int ParagraphsRead
    {
        get
        {
            lock (gate)
            {
                return paragraphs.LastRead;
            }
        }
    }

    /// <summary>Lints the next version of the text. Never throws on any text.</summary>
    public LintResult Lint(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        lock (gate)
        {
            var extraction = paragraphs.Extract(CitationExtractor.For(Options.Extract), text);
            return CitationLinter.Lint(text, Options, extraction, expectsOneCitation: false);
        }
    }
}
