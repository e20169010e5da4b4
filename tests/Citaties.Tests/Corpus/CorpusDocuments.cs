using System.Net;
using System.Text.RegularExpressions;

namespace Citaties.Tests.Corpus;

/// <summary>A corpus document as plain text, named by its folder and file.</summary>
public sealed record CorpusDocument(string Name, string Text)
{
    public override string ToString() => Name;
}

/// <summary>
/// The documents of ../shared/corpus as text: the seeds, the rechtspraak decisions, the Handelingen, and the
/// laws of bwb/*.xml with their tags stripped. Each method ignores the calling test when its folder is absent.
/// </summary>
public static class CorpusDocuments
{
    // Markup inside a sentence (a marked-up reference, emphasis) is removed without a space, so that
    // "<extref>Richtlijn 2013/37</extref>/EU" reads as the text does; every other tag ends a word.
    private static readonly Regex InlineTag = new("</?(extref|intref|nadruk|sup|sub|inf)\\b[^>]*>", RegexOptions.Compiled);
    private static readonly Regex AnyTag = new("<[^>]*>", RegexOptions.Compiled);

    /// <summary>The seed documents (seeds/*.txt).</summary>
    public static IReadOnlyList<CorpusDocument> Seeds() => TextFiles("seeds");

    /// <summary>The 100 court decisions (rechtspraak/*.txt).</summary>
    public static IReadOnlyList<CorpusDocument> Rechtspraak() => TextFiles("rechtspraak");

    /// <summary>The Handelingen (handelingen/*.txt).</summary>
    public static IReadOnlyList<CorpusDocument> Handelingen() => TextFiles("handelingen");

    /// <summary>The three law texts of bwb/*.xml, tags stripped and entities decoded.</summary>
    public static IReadOnlyList<CorpusDocument> Laws()
    {
        var folder = CorpusPaths.RequireCorpus("bwb");
        return Directory.GetFiles(folder, "*.xml")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new CorpusDocument("bwb/" + Path.GetFileName(f), StripTags(File.ReadAllText(f))))
            .ToArray();
    }

    /// <summary>The text of an XML law: inline tags removed, other tags replaced by a space, entities decoded.</summary>
    public static string StripTags(string xml) =>
        WebUtility.HtmlDecode(AnyTag.Replace(InlineTag.Replace(xml, string.Empty), " "));

    private static CorpusDocument[] TextFiles(string folder)
    {
        var path = CorpusPaths.RequireCorpus(folder);
        return Directory.GetFiles(path, "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new CorpusDocument(folder + "/" + Path.GetFileName(f), File.ReadAllText(f)))
            .ToArray();
    }
}
