using System.Collections.Generic;
using System.Text.Json;
using Citaties.Kinds;

namespace Citaties.Model;

/// <summary>
/// An officielebekendmakingen id: <c>kst-28638-178</c>, <c>h-tk-20192020-46-12</c>, <c>ah-tk-20192020-3645</c>,
/// <c>stb-2023-123</c>, <c>blg-1093410</c>. A malformed id (<c>ah-tk-2019202-3645</c>) is still recognised, with
/// <see cref="IsWellFormed"/> false, so that the validator can report it.
/// </summary>
public sealed record OfficialIdCitation : Citation
{
    /// <summary>The id with its prefix in lower case and the rest as written: <c>kst-35300-VI-5</c>.</summary>
    public string Value { get; init; } = string.Empty;

    /// <summary>The prefix in lower case: <c>kst</c>, <c>h-tk</c>, <c>ah-ek</c>, <c>kv-tk</c>, <c>stb</c>, <c>blg</c>, ...</summary>
    public string Prefix { get; init; } = string.Empty;

    /// <summary>The parts after the prefix, as written: <c>["35300", "VI", "5"]</c>.</summary>
    public IReadOnlyList<string> Segments { get; init; } = new List<string>();

    /// <summary>Kamerstuk: the dossier number (<c>28638</c>), or null.</summary>
    public string? Dossier { get; init; }

    /// <summary>Kamerstuk: the dossier suffix (<c>VI</c>, <c>07</c>, <c>R1519</c>), or null.</summary>
    public string? Suffix { get; init; }

    /// <summary>
    /// The document number: the Kamerstuk number (<c>178</c>, <c>215a</c>, <c>C</c>), the aanhangsel number, the
    /// journal number, the bijlage number or the zaaknummer of Kamervragen (<c>2010Z06025</c>); null when absent.
    /// </summary>
    public string? Number { get; init; }

    /// <summary>Kamerstuk: an appendix marker (<c>b1</c>, <c>h1</c>, <c>n1</c>), or null.</summary>
    public string? Appendix { get; init; }

    /// <summary>The vergaderjaar of Handelingen, aanhangsels and old Kamerstuk ids; null when absent or not eight digits.</summary>
    public SessionYear? SessionYear { get; init; }

    /// <summary>Handelingen: the vergadernummer, or null.</summary>
    public string? Meeting { get; init; }

    /// <summary>Handelingen from 2010/11: the item number, or null.</summary>
    public string? Item { get; init; }

    /// <summary>Handelingen before 2010/11: the page range (<c>1042-1043</c>), or null.</summary>
    public string? Pages { get; init; }

    /// <summary>Official journals: the year, or null.</summary>
    public int? Year { get; init; }

    /// <summary>What is wrong with the id as written; <see cref="OfficialIdDefect.None"/> when well formed.</summary>
    public OfficialIdDefect Defects { get; init; }

    /// <summary>True when every part has the form its prefix requires (citation-rules.md 10.3).</summary>
    public bool IsWellFormed => Defects == OfficialIdDefect.None;

    /// <inheritdoc />
    public override CitationKind Kind => CitationKind.OfficialId;

    private protected override string FormatCanonical() => OfficialIdFormatter.Format(this);

    private protected override IReadOnlyList<string> BuildLinks() => OfficialIdLinks.For(this);

    internal override void WriteFields(Utf8JsonWriter writer) => OfficialIdFields.Write(writer, this);
}
