using System.Collections.Generic;
using System.Text.Json;
using Citaties.Kinds;

namespace Citaties.Model;

/// <summary>
/// An answer to written Kamervragen: <c>Aanhangsel Handelingen II 2019/20, nr. 3645</c>; also the government's
/// <c>Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 719</c> and the short <c>Aanh. Handelingen II 2019/20, nr. 3645</c>.
/// </summary>
public sealed record AanhangselCitation : Citation
{
    /// <summary>True when written <c>Aanh.</c> rather than <c>Aanhangsel</c>.</summary>
    public bool Abbreviated { get; init; }

    /// <summary>The chamber, when written.</summary>
    public Chamber? Chamber { get; init; }

    /// <summary>The chamber as written, or null.</summary>
    public string? ChamberText { get; init; }

    /// <summary>The vergaderjaar.</summary>
    public SessionYear? SessionYear { get; init; }

    /// <summary>The vergaderjaar as written (<c>2023-2024</c>).</summary>
    public string? SessionYearText { get; init; }

    /// <summary>The word before the vergaderjaar as written (<c>vergaderjaar</c>), or null.</summary>
    public string? SessionYearWord { get; init; }

    /// <summary>The aanhangselnummer (<c>3645</c>).</summary>
    public string? Number { get; init; }

    /// <summary>True when <c>nr.</c> was written before the number.</summary>
    public bool NumberLabelled { get; init; }

    /// <inheritdoc />
    public override CitationKind Kind => CitationKind.Aanhangsel;

    private protected override string FormatCanonical() => AanhangselFormatter.Format(this);

    private protected override IReadOnlyList<string> BuildLinks() => AanhangselLinks.For(this);

    internal override void WriteFields(Utf8JsonWriter writer) => AanhangselFields.Write(writer, this);
}
