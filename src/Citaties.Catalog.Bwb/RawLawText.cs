using System.Collections.Generic;

namespace Citaties.Catalog.Bwb;

/// <summary>What the streaming reader found in a law text, before titles, dates and duplicates are settled.</summary>
internal sealed class RawLawText
{
    public string? BwbId { get; set; }

    /// <summary>The <c>inwerkingtreding</c> of a toestand: the date this version took effect.</summary>
    public string? VersionDate { get; set; }

    public string? Citeertitel { get; set; }

    public string? Intitule { get; set; }

    public List<RawArticle> Articles { get; } = new();

    /// <summary>Articles inside bijlagen and quoted amendments, left out of the list.</summary>
    public int IgnoredArticles { get; set; }

    /// <summary>Headings of articles that carry no number (a <c>Slotbepaling</c>), left out of the list.</summary>
    public List<string> UnnumberedHeadings { get; } = new();
}

/// <summary>One article as found, in document order.</summary>
internal sealed record RawArticle(string Label, bool Repealed, int Paragraphs);
