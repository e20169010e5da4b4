using Citaties.Model;

namespace Citaties.Tests.Corpus.Bwb;

/// <summary>How the BWB corpus tests hold an extracted article citation against a reference the publisher marked.</summary>
internal static class MarkedReferenceMatch
{
    /// <summary>
    /// True when the citation cites <paramref name="label"/> (the <c>artikel=</c> of the mark) in any of its items,
    /// alone or in a range; BW articles by their number in the book (<c>6:163</c> of a list is 163).
    /// </summary>
    public static bool Cites(ArticleCitation citation, string label)
    {
        var wanted = Label(label);
        return (citation.ArticleInBook is { } inBook && Label(inBook) == wanted)
            || citation.Articles.Any(a => InBook(citation, a.From) == wanted || (a.To is { } to && InBook(citation, to) == wanted));
    }

    /// <summary>The marked text with some of the text around it, on one line, for a test's output.</summary>
    public static string Context(string text, MarkedReference reference, int before, int after)
    {
        var from = Math.Max(0, reference.Start - before);
        var to = Math.Min(text.Length, reference.End + after);
        return text[from..to].ReplaceLineEndings(" ");
    }

    private static string InBook(ArticleCitation citation, string label)
    {
        var written = Label(label);
        var colon = written.IndexOf(':', StringComparison.Ordinal);
        return citation.Book is not null && colon >= 0 ? written[(colon + 1)..] : written;
    }

    private static string Label(string label) => label.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
