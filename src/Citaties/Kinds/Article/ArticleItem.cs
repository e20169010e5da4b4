using System;
using System.Collections.Generic;
using System.Linq;

namespace Citaties.Model;

/// <summary>
/// One article designation of an article citation: a single label (<c>125p</c>, <c>6:162</c>, <c>2.1</c>,
/// <c>10.6ter</c>, <c>I</c>, <c>Enig artikel</c>) or a range (<c>3 tot en met 5</c>), with what the text gives for
/// that article alone: in <c>de artikelen 64 lid 2 en 65</c> the item 64 has lid 2 and the item 65 none.
/// </summary>
/// <param name="From">The label, or the first label of a range.</param>
/// <param name="To">The last label of a range; null for a single label.</param>
public sealed record ArticleItem(string From, string? To = null)
{
    /// <summary>The label of the one-article regeling: <c>Enig artikel</c>.</summary>
    public const string SoleArticle = "Enig artikel";

    /// <summary>True for a range <c>From</c> to <c>To</c>, inclusive.</summary>
    public bool IsRange => To is not null;

    /// <summary>The leden of this article as numbers: <c>eerste en derde lid</c> gives <c>1</c>, <c>3</c>; a range is spelled out.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = Array.Empty<string>();

    /// <summary>How the leden of this article are written (CIT2003).</summary>
    public ParagraphStyle ParagraphStyle { get; init; }

    /// <summary>True when the leden were written as a range (<c>tweede tot en met vierde lid</c>).</summary>
    public bool ParagraphsAreRange { get; init; }

    /// <summary>The onderdelen of this article: <c>c</c>, <c>A</c>.</summary>
    public IReadOnlyList<string> Parts { get; init; } = Array.Empty<string>();

    /// <summary>The word introducing the onderdelen (CIT2004).</summary>
    public PartStyle PartStyle { get; init; }

    /// <summary>The subonderdelen with their degree sign: <c>1°</c>, <c>2°</c>.</summary>
    public IReadOnlyList<string> Subparts { get; init; } = Array.Empty<string>();

    /// <summary>The word introducing the subonderdelen.</summary>
    public PartStyle SubpartStyle { get; init; }

    /// <summary>True for the lead-in of an enumeration: <c>aanhef en onder d</c>.</summary>
    public bool Aanhef { get; init; }

    /// <summary>The sentence of the lid (Ar 3.30): <c>1</c> for <c>eerste zin</c>, <c>laatste</c>; null when none.</summary>
    public string? Sentence { get; init; }

    /// <summary>True when this article is marked <c>(oud)</c>, after it or after the law of the whole list.</summary>
    public bool Old { get; init; }

    /// <summary>How the range of this item (or, without one, of its leden) is written (CIT2010).</summary>
    public RangeStyle RangeStyle { get; init; }

    /// <summary>True when the text gives leden, onderdelen, a zin or <c>aanhef</c> for this article.</summary>
    public bool HasDetail => Paragraphs.Count > 0 || Parts.Count > 0 || Subparts.Count > 0 || Aanhef || Sentence is not null;

    /// <inheritdoc />
    public override string ToString() => To is null ? From : From + "-" + To;

    // Value equality over the lists too: two items read from the same words are equal, as a record's are.
    /// <inheritdoc />
    public bool Equals(ArticleItem? other) =>
        other is not null
        && From == other.From && To == other.To
        && Paragraphs.SequenceEqual(other.Paragraphs) && ParagraphStyle == other.ParagraphStyle
        && ParagraphsAreRange == other.ParagraphsAreRange
        && Parts.SequenceEqual(other.Parts) && PartStyle == other.PartStyle
        && Subparts.SequenceEqual(other.Subparts) && SubpartStyle == other.SubpartStyle
        && Aanhef == other.Aanhef && Sentence == other.Sentence && Old == other.Old && RangeStyle == other.RangeStyle;

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(From) ^ (To is null ? 0 : StringComparer.Ordinal.GetHashCode(To));
}
