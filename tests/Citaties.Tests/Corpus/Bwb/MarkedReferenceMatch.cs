using Citaties.Model;

namespace Citaties.Tests.Corpus.Bwb;

/// <summary>How the BWB corpus tests hold an extracted article citation against a reference the publisher marked.</summary>
internal static class MarkedReferenceMatch
{
    /// <summary>True when the citation cites <paramref name="label"/> (the <c>artikel=</c> of the mark), alone or in a range; BW articles by their number in the book.</summary>
    public static bool Cites(ArticleCitation citation, string label)
    {
        var wanted = Label(label);
        return (citation.ArticleInBook is { } inBook && Label(inBook) == wanted)
            || citation.Articles.Any(a => Label(a.From) == wanted || (a.To is { } to && Label(to) == wanted));
    }

    /// <summary>The marked text with some of the text around it, on one line, for a test's output.</summary>
    public static string Context(string text, MarkedReference reference, int before, int after)
    {
        var from = Math.Max(0, reference.Start - before);
        var to = Math.Min(text.Length, reference.End + after);
        return text[from..to].ReplaceLineEndings(" ");
    }

    private static string Label(string label) => label.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
