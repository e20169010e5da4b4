using System.Collections.Generic;
using System.Text.Json;
using Citaties.Kinds;

namespace Citaties.Model;

/// <summary>
/// Plenary minutes: <c>Handelingen II 2010/11, nr. 108, item 5, p. 25-36</c> (since 2011) or
/// <c>Handelingen II 2007/08, nr. 108, p. 7909-7943</c> (before). Also keeps wrong forms the validator reports:
/// no vergadernummer (<c>Handelingen II 2019/20, p. 4</c>) or a dossier number (<c>Handelingen, 2006/07, 31 015, nr. 67</c>).
/// </summary>
public sealed record HandelingenCitation : Citation
{
    /// <summary>The label as written (<c>Handelingen</c>, <c>Hand.</c>).</summary>
    public string Label { get; init; } = "Handelingen";

    /// <summary>The chamber, when written.</summary>
    public Chamber? Chamber { get; init; }

    /// <summary>The chamber as written (<c>II</c>, <c>Tweede Kamer</c>), or null.</summary>
    public string? ChamberText { get; init; }

    /// <summary>The vergaderjaar.</summary>
    public SessionYear? SessionYear { get; init; }

    /// <summary>The vergaderjaar as written (<c>2019-2020</c>).</summary>
    public string? SessionYearText { get; init; }

    /// <summary>The word before the vergaderjaar as written (<c>vergaderjaar</c>, <c>Zitting</c>), or null.</summary>
    public string? SessionYearWord { get; init; }

    /// <summary>The vergadernummer (<c>108</c>), or null when not written. With a <see cref="Dossier"/> it is the number after <c>nr.</c> as written.</summary>
    public string? Meeting { get; init; }

    /// <summary>The agenda item (<c>5</c>), or null.</summary>
    public string? Item { get; init; }

    /// <summary>The pages (<c>25-36</c>), or null.</summary>
    public string? Pages { get; init; }

    /// <summary>The page label as written (<c>p.</c>, <c>blz.</c>), or null.</summary>
    public string? PagesLabel { get; init; }

    /// <summary>The pages with their label as written (<c>blz 345</c>), for CIT1015; null when none.</summary>
    internal string? PagesWritten { get; init; }

    /// <summary>A dossier number wrongly written in the citation (Handelingen have none), or null.</summary>
    public Dossier? Dossier { get; init; }

    /// <inheritdoc />
    public override CitationKind Kind => CitationKind.Handelingen;

    private protected override string FormatCanonical() => HandelingenFormatter.Format(this);

    private protected override IReadOnlyList<string> BuildLinks() => HandelingenLinks.For(this);

    internal override void WriteFields(Utf8JsonWriter writer) => HandelingenFields.Write(writer, this);
}
