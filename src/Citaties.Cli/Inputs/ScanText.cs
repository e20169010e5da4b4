using System;
using Citaties.Model;

namespace Citaties.Cli.Inputs;

/// <summary>
/// The text the scanner reads and the way back from its offsets to offsets in the file's own text. For plain
/// text the two are the same; for HTML the scanned text has the markup removed (see <see cref="HtmlText"/>).
/// </summary>
internal sealed class ScanText
{
    // For each scanned code unit: the range of original code units it came from (a decoded entity or a
    // tag turned into a line break covers several).
    private readonly int[]? sourceStarts;
    private readonly int[]? sourceEnds;

    private ScanText(string original, string scanned, int[]? sourceStarts, int[]? sourceEnds)
    {
        Original = original;
        Scanned = scanned;
        this.sourceStarts = sourceStarts;
        this.sourceEnds = sourceEnds;
    }

    /// <summary>The file's text as decoded.</summary>
    public string Original { get; }

    /// <summary>The text handed to the scanner.</summary>
    public string Scanned { get; }

    /// <summary>Plain text: scanned as it is.</summary>
    public static ScanText Plain(string text) => new(text, text, null, null);

    /// <summary>Text derived from <paramref name="original"/>, with the source range of each scanned code unit.</summary>
    public static ScanText Mapped(string original, string scanned, int[] sourceStarts, int[] sourceEnds)
    {
        if (sourceStarts.Length != scanned.Length || sourceEnds.Length != scanned.Length)
        {
            throw new ArgumentException("Every scanned code unit needs a source range.", nameof(sourceStarts));
        }

        return new ScanText(original, scanned, sourceStarts, sourceEnds);
    }

    /// <summary>The range of the original text that <paramref name="span"/> of the scanned text came from.</summary>
    public TextSpan ToOriginal(TextSpan span)
    {
        if (sourceStarts is null || sourceEnds is null)
        {
            return span;
        }

        if (span.Length == 0)
        {
            var at = span.Start < sourceStarts.Length ? sourceStarts[span.Start] : Original.Length;
            return new TextSpan(at, 0);
        }

        return TextSpan.FromBounds(sourceStarts[span.Start], sourceEnds[span.End - 1]);
    }
}
