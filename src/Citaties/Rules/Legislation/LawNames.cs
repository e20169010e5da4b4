using System;
using System.Linq;
using Citaties.Catalog;
using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>What the abbreviation rules need to know about the law an article citation writes as an abbreviation.</summary>
internal static class LawNames
{
    /// <summary>
    /// The abbreviation of <paramref name="citation"/>, when it names its law by one and its span holds it (the
    /// last article of an enumeration), so each written abbreviation is judged once; null otherwise.
    /// </summary>
    public static string? WrittenAbbreviation(ArticleCitation citation) =>
        citation.LawForm == LawForm.Abbreviation && citation.LawSpan.Length > 0 && !string.IsNullOrWhiteSpace(citation.LawText)
            ? citation.LawText
            : null;

    /// <summary>The catalog the document is linted against: the configured one or the embedded one.</summary>
    public static LawCatalog Catalog(RuleContext context) => context.Options.Extract.CatalogOrDefault;

    /// <summary>True when the catalog knows <paramref name="abbreviation"/> as a Dutch law, an EU act or a treaty.</summary>
    public static bool IsKnown(LawCatalog catalog, string abbreviation) =>
        catalog.FindByAbbreviation(abbreviation).Found
        || catalog.FindEuActByName(abbreviation).Found
        || catalog.FindTreaty(abbreviation).Found;

    /// <summary>
    /// Where the abbreviation stands in the scanned text: the end of the law phrase (after <c>van de</c>), when the
    /// text there is the abbreviation (white space aside); null otherwise.
    /// </summary>
    public static TextSpan? AbbreviationSpan(ArticleCitation citation)
    {
        var written = citation.LawText;
        if (written is null || citation.LawSpan.Length < written.Length)
        {
            return null;
        }

        var start = citation.LawSpan.End - written.Length;
        if (start < 0 || citation.LawSpan.End > citation.Text.Length)
        {
            return null;
        }

        var inText = citation.Text.Substring(start, written.Length);
        var same = inText.Length == written.Length
            && inText.Zip(written, (a, b) => char.ToLowerInvariant(a) == char.ToLowerInvariant(b) || (char.IsWhiteSpace(a) && char.IsWhiteSpace(b))).All(x => x);
        return same ? new TextSpan(citation.Span.Start + start, written.Length) : null;
    }

    /// <summary>The law's name for a message: the abbreviation or title as written, else the resolved title.</summary>
    public static string ForMessage(ArticleCitation citation) =>
        citation.LawText ?? citation.Law?.Title ?? citation.Law?.Abbreviation ?? string.Empty;

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are the same article label (case aside).</summary>
    public static bool SameLabel(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
