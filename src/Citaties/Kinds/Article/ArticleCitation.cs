using System;
using System.Collections.Generic;
using System.Text.Json;
using Citaties.Model;
using Citaties.Kinds;

namespace Citaties.Model;

/// <summary>
/// A reference to an article of a Dutch law, treaty or EU act: <c>artikel 125p Sv</c>,
/// <c>artikel 6, vierde lid, onderdeel c, van de Algemene wet bestuursrecht</c>, <c>art. 6:162 lid 2 BW</c>.
/// An enumeration (<c>de artikelen 10, 14a en 304 van het Wetboek van Strafrecht</c>) yields one citation per
/// article, each with the shared law; a range (<c>de artikelen 3 tot en met 5</c>) is one citation.
/// A part of a law larger than an article (<c>titel 4.1 Awb</c>) is an article citation with a
/// <see cref="Division"/> and no <see cref="Articles"/>, so the law is read, resolved and linted the same way.
/// </summary>
public sealed record ArticleCitation : Citation
{
    /// <summary>The article designations of this citation: one label, or one range; none for a <see cref="Division"/>.</summary>
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

    /// <summary>The determiner before a plural keyword when the citation covers it (<c>de</c> in <c>de artikelen 3 tot en met 5</c>).</summary>
    public string? Determiner { get; init; }

    /// <summary>The leden as numbers: <c>eerste en derde lid</c> gives <c>1</c>, <c>3</c>; a range is spelled out.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = Array.Empty<string>();

    /// <summary>How the leden are written (CIT2003).</summary>
    public ParagraphStyle ParagraphStyle { get; init; }

    /// <summary>True when the leden were written as a range (<c>tweede tot en met vierde lid</c>).</summary>
    public bool ParagraphsAreRange { get; init; }

    /// <summary>The onderdelen: <c>c</c>, <c>A</c>.</summary>
    public IReadOnlyList<string> Parts { get; init; } = Array.Empty<string>();

    /// <summary>The word introducing the onderdelen (CIT2004).</summary>
    public PartStyle PartStyle { get; init; }

    /// <summary>The subonderdelen with their degree sign: <c>1°</c>, <c>2°</c>.</summary>
    public IReadOnlyList<string> Subparts { get; init; } = Array.Empty<string>();

    /// <summary>The word introducing the subonderdelen.</summary>
    public PartStyle SubpartStyle { get; init; }

    /// <summary>True for the lead-in of an enumeration: <c>aanhef en onder d</c>.</summary>
    public bool Aanhef { get; init; }

    /// <summary>The sentence of the lid (Ar 3.30): <c>1</c> for <c>eerste zin</c> or <c>1e volzin</c>, <c>laatste</c>; null when none.</summary>
    public string? Sentence { get; init; }

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

    /// <summary>True when the article is marked <c>(oud)</c>.</summary>
    public bool Old { get; init; }

    /// <summary>True when the article is read together with a neighbour by <c>jo.</c> (<c>art. 3:105 jo. 3:306 BW</c>).</summary>
    public bool Juncto { get; init; }

    /// <summary>How a range of articles (or, without one, of leden) is written (CIT2010).</summary>
    public RangeStyle RangeStyle { get; init; }

    /// <summary>
    /// Where the law phrase stands (<c>van de Algemene wet bestuursrecht</c>, <c>Sv</c>; without the comma or
    /// space before it), relative to the start of the citation like
    /// <see cref="AbbreviationDefinition.ExpansionSpan"/>. Empty when there is no law or this citation's span
    /// does not cover it (an earlier article of an enumeration), so fixes can replace just the law.
    /// </summary>
    public TextSpan LawSpan { get; init; }

    /// <summary>
    /// True when this citation is one article of an enumeration or <c>jo.</c> chain: its span then covers only
    /// its own part of the phrase, so it cannot be rewritten on its own.
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
