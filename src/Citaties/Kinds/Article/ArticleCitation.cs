using System;
using System.Collections.Generic;
using System.Text.Json;
using Citaties.Model;
using Citaties.Kinds;

namespace Citaties.Model;

/// <summary>
/// A reference to an article of a Dutch law, treaty or EU act: <c>artikel 125p Sv</c>,
/// <c>artikel 6, vierde lid, onderdeel c, van de Algemene wet bestuursrecht</c>, <c>art. 6:162 lid 2 BW</c>.
/// A list (<c>de artikelen 10, 14a en 304 van het Wetboek van Strafrecht</c>, <c>de artikelen 64 lid 2 en 65</c>) is
/// one citation from its keyword through the law, with one <see cref="ArticleItem"/> per article carrying that
/// article's own leden and onderdelen; a range (<c>de artikelen 3 tot en met 5</c>) is one item. A <c>jo.</c> chain
/// stays one citation per side (<see cref="InEnumeration"/>).
/// The detail fields of the citation itself (<see cref="Paragraphs"/>, <see cref="Parts"/>, <see cref="Sentence"/>,
/// <see cref="RangeStyle"/>, ...) are those of its first item, as they were before lists became one citation; read
/// <see cref="Articles"/> for the others.
/// A part of a law larger than an article (<c>titel 4.1 Awb</c>) is an article citation with a
/// <see cref="Division"/> and no <see cref="Articles"/>, so the law is read, resolved and linted the same way.
/// </summary>
public sealed record ArticleCitation : Citation
{
    /// <summary>
    /// The articles of this citation in text order, each a label or a range with its own leden and onderdelen; none
    /// for a <see cref="Division"/> or an unresolved <see cref="Pointer"/>.
    /// </summary>
    public IReadOnlyList<ArticleItem> Articles { get; init; } = Array.Empty<ArticleItem>();

    /// <summary>
    /// How the article is named when no number is written (<c>dat artikel</c>, <c>het eerste lid</c>); the resolver then
    /// fills in <see cref="Articles"/>. <see cref="ArticlePointer.None"/> for an article with its number.
    /// </summary>
    public ArticlePointer Pointer { get; init; }

    /// <summary>The first label as written canonically: <c>125p</c>, <c>6:162</c>, <c>I</c>, <c>Enig artikel</c>; empty for a <see cref="Division"/>.</summary>
    public string Article => Articles.Count > 0 ? Articles[0].From : string.Empty;

    /// <summary>
    /// The part of the law cited when no article is: <c>hoofdstuk 5</c>, <c>titel 4.1</c>, <c>onderdeel B</c>; null for an article.
    /// </summary>
    public LawDivision? Division { get; init; }

    /// <summary>
    /// The book of the Burgerlijk Wetboek: <c>6</c> for both <c>art. 6:162 BW</c> and
    /// <c>artikel 162 van Boek 6 van het Burgerlijk Wetboek</c>; null for other laws.
    /// </summary>
    public string? Book { get; init; }

    /// <summary>The article number inside <see cref="Book"/> (<c>162</c>); null when there is no book.</summary>
    public string? ArticleInBook { get; init; }

    /// <summary>How the article number is written where it departs from <c>artikel 6:2 BW</c> (CIT2015).</summary>
    public ArticleNumberForm NumberForm { get; init; }

    /// <summary>The keyword as written: <c>artikel</c>, <c>art.</c>, <c>Artikel</c>, <c>artikelen</c>, <c>artt.</c>, <c>Enig artikel</c>.</summary>
    public string Keyword { get; init; } = string.Empty;

    /// <summary>
    /// The determiner read before a plural keyword (<c>de</c> in <c>de artikelen 3 tot en met 5</c>). It belongs to the
    /// sentence, not the citation: the span starts at the keyword and the canonical form leaves it out.
    /// </summary>
    public string? Determiner { get; init; }

    /// <summary>The word before the last article of a list as written: <c>en</c>, <c>of</c>, <c>dan wel</c>; null for one article or a list of commas only.</summary>
    public string? Conjunction { get; init; }

    // The detail fields below are the first article's (ArticleItem documents each), read from it so the two cannot
    // disagree; a citation without articles (a division, a pointer not yet filled in) reads its own unnumbered item.

    /// <summary>The leden of the first article (<see cref="ArticleItem.Paragraphs"/>).</summary>
    public IReadOnlyList<string> Paragraphs => First.Paragraphs;

    /// <summary>How the leden of the first article are written (CIT2003).</summary>
    public ParagraphStyle ParagraphStyle => First.ParagraphStyle;

    /// <summary>True when the leden of the first article were written as a range.</summary>
    public bool ParagraphsAreRange => First.ParagraphsAreRange;

    /// <summary>The onderdelen of the first article (<see cref="ArticleItem.Parts"/>).</summary>
    public IReadOnlyList<string> Parts => First.Parts;

    /// <summary>The word introducing the onderdelen of the first article (CIT2004).</summary>
    public PartStyle PartStyle => First.PartStyle;

    /// <summary>The subonderdelen of the first article (<see cref="ArticleItem.Subparts"/>).</summary>
    public IReadOnlyList<string> Subparts => First.Subparts;

    /// <summary>The word introducing the subonderdelen of the first article.</summary>
    public PartStyle SubpartStyle => First.SubpartStyle;

    /// <summary>True for the lead-in of the first article's enumeration (<see cref="ArticleItem.Aanhef"/>).</summary>
    public bool Aanhef => First.Aanhef;

    /// <summary>The sentence of the first article's lid (<see cref="ArticleItem.Sentence"/>).</summary>
    public string? Sentence => First.Sentence;

    /// <summary>
    /// The law as the resolver identified it (<see cref="CitationFinder.Extract(string, ExtractOptions)"/> resolves);
    /// null when unresolved: no law named and no context law, an unknown or ambiguous abbreviation, or not yet resolved
    /// (<see cref="CitationFinder.TryParse"/> only checks the form).
    /// </summary>
    public LawReference? Law { get; init; }

    /// <summary>
    /// The law as written, without <c>van de</c>/<c>van het</c>: <c>Sv</c>, <c>Wetboek van Strafvordering</c>,
    /// <c>Verordening (EU) 2022/2065</c>, <c>Boek 6 van het Burgerlijk Wetboek</c>, <c>die wet</c>; null when absent.
    /// </summary>
    public string? LawText { get; init; }

    /// <summary>How the law is named.</summary>
    public LawForm LawForm { get; init; }

    /// <summary>The words between article and law as written: <c>van de</c>, <c>van het</c>, <c>van</c>; null when none.</summary>
    public string? LawPreposition { get; init; }

    /// <summary>True when the first article is marked <c>(oud)</c> (see <see cref="ArticleItem.Old"/> for the others).</summary>
    public bool Old => First.Old;

    /// <summary>True when the article is read together with a neighbour by <c>jo.</c> (<c>art. 3:105 jo. 3:306 BW</c>).</summary>
    public bool Juncto { get; init; }

    /// <summary>How the range of the first article (or, without one, of its leden) is written (CIT2010).</summary>
    public RangeStyle RangeStyle => First.RangeStyle;

    /// <summary>
    /// The leden and onderdelen of a citation that has no numbered article yet (<c>het eerste lid van dat artikel</c>):
    /// the resolver gives them to the article it fills in.
    /// </summary>
    internal ArticleItem? Unnumbered { get; init; }

    /// <summary>The items to check or write: the articles, or the unnumbered item of a division or pointer.</summary>
    internal IReadOnlyList<ArticleItem> Items =>
        Articles.Count > 0 && Division is null ? Articles : new[] { Unnumbered ?? NoArticle };

    private static readonly ArticleItem NoArticle = new(string.Empty);

    private ArticleItem First => Articles.Count > 0 ? Articles[0] : Unnumbered ?? NoArticle;

    /// <summary>
    /// Where the law phrase stands (<c>van de Algemene wet bestuursrecht</c>, <c>Sv</c>; without the comma or
    /// space before it), relative to the start of the citation like
    /// <see cref="AbbreviationDefinition.ExpansionSpan"/>. Empty when there is no law or this citation's span
    /// does not cover it (an earlier article of an enumeration), so fixes can replace just the law.
    /// </summary>
    public TextSpan LawSpan { get; init; }

    /// <summary>
    /// True when this citation is one side of a <c>jo.</c> chain (or part of a list split where the BW book changes):
    /// its span then covers only its own part of the phrase, so it cannot be rewritten on its own.
    /// </summary>
    public bool InEnumeration { get; init; }

    /// <inheritdoc />
    public override CitationKind Kind => CitationKind.Article;

    /// <summary>This citation written in <paramref name="style"/>: <c>artikel 6:162, tweede lid, BW</c> or <c>art. 6:162 lid 2 BW</c>.</summary>
    public string Format(ArticleStyle style) => ArticleFormatter.Format(this, style);

    private protected override string FormatCanonical() => ArticleFormatter.Format(this, ArticleStyle.Toelichting);

    // Official links need the law resolved against the catalog, which the resolver does: an unresolved
    // citation has none.
    private protected override IReadOnlyList<string> BuildLinks() => ArticleLinks.For(this);

    internal override void WriteFields(Utf8JsonWriter writer) => ArticleFields.Write(writer, this);

    internal override Citation MapInnerSpans(Func<TextSpan, TextSpan> toCitationRelative) =>
        LawSpan.Length == 0 ? this : this with { LawSpan = toCitationRelative(LawSpan) };
}
