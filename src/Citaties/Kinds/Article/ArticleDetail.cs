using System;
using System.Collections.Generic;
using System.Linq;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// What follows one article label before the law: leden, onderdelen, subonderdelen, <c>aanhef</c>, a (vol)zin, <c>(oud)</c>.
/// Each modifier parser yields one of these with only its own fields set; <see cref="Merge"/> combines them.
/// </summary>
internal sealed record ArticleDetail
{
    public static readonly ArticleDetail Empty = new();

    public IReadOnlyList<string> Paragraphs { get; init; } = Array.Empty<string>();

    public ParagraphStyle ParagraphStyle { get; init; }

    public bool ParagraphsAreRange { get; init; }

    public RangeStyle ParagraphRangeStyle { get; init; }

    /// <summary>
    /// True when <c>leden</c> was followed by one number only (<c>leden 1, tweede zin, 2 en 4</c>): the bare
    /// numbers after the details are more leden, not articles (see ArticleCitationBuilder).
    /// </summary>
    public bool ParagraphListOpen { get; init; }

    public IReadOnlyList<string> Parts { get; init; } = Array.Empty<string>();

    public PartStyle PartStyle { get; init; }

    public IReadOnlyList<string> Subparts { get; init; } = Array.Empty<string>();

    public PartStyle SubpartStyle { get; init; }

    public bool Aanhef { get; init; }

    public string? Sentence { get; init; }

    public bool Old { get; init; }

    /// <summary>
    /// These details with a further one joined by <c>en</c>/<c>of</c> (<c>eerste lid, eerste volzin, en tweede lid</c>):
    /// its leden, onderdelen and subonderdelen come after the ones before; anything else merges as in <see cref="Merge"/>.
    /// </summary>
    public ArticleDetail Add(ArticleDetail other) => Merge(other) with
    {
        Paragraphs = Paragraphs.Concat(other.Paragraphs).Distinct().ToArray(),
        ParagraphsAreRange = other.Paragraphs.Count > 0 ? false : ParagraphsAreRange,
        Parts = Parts.Concat(other.Parts).Distinct().ToArray(),
        Subparts = Subparts.Concat(other.Subparts).Distinct().ToArray(),
    };

    /// <summary>
    /// This detail with the fields <paramref name="other"/> sets; a later value wins, except that numbered onderdelen
    /// after lettered ones are their subonderdelen (<c>letter a, sub 1</c> is onderdeel a, subonderdeel 1°), not a
    /// replacement of them.
    /// </summary>
    public ArticleDetail Merge(ArticleDetail other)
    {
        if (Parts.Count > 0 && Subparts.Count == 0 && other.Parts.Count > 0 && other.Subparts.Count == 0
            && other.Parts.All(IsNumber) && !Parts.Any(IsNumber))
        {
            other = other with
            {
                Parts = Array.Empty<string>(),
                PartStyle = PartStyle.None,
                Subparts = other.Parts.Select(p => p + "°").ToArray(),
                SubpartStyle = other.PartStyle,
            };
        }

        return Combine(other);
    }

    private static bool IsNumber(string value) => value.Length > 0 && value.All(c => c is >= '0' and <= '9');

    private ArticleDetail Combine(ArticleDetail other) => new()
    {
        Paragraphs = other.Paragraphs.Count > 0 ? other.Paragraphs : Paragraphs,
        ParagraphStyle = other.ParagraphStyle != ParagraphStyle.None ? other.ParagraphStyle : ParagraphStyle,
        ParagraphsAreRange = other.Paragraphs.Count > 0 ? other.ParagraphsAreRange : ParagraphsAreRange,
        ParagraphRangeStyle = other.Paragraphs.Count > 0 ? other.ParagraphRangeStyle : ParagraphRangeStyle,
        ParagraphListOpen = other.Paragraphs.Count > 0 ? other.ParagraphListOpen : ParagraphListOpen,
        Parts = other.Parts.Count > 0 ? other.Parts : Parts,
        PartStyle = other.PartStyle != PartStyle.None ? other.PartStyle : PartStyle,
        Subparts = other.Subparts.Count > 0 ? other.Subparts : Subparts,
        SubpartStyle = other.SubpartStyle != PartStyle.None ? other.SubpartStyle : SubpartStyle,
        Aanhef = Aanhef || other.Aanhef,
        Sentence = other.Sentence ?? Sentence,
        Old = Old || other.Old,
    };
}
