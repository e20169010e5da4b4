using System.Collections.Generic;
using System.Text.Json;
using Citaties.Kinds;

namespace Citaties.Model;

/// <summary>
/// A Landelijk Jurisprudentie Nummer, the Dutch case-law number used until 2013: <c>LJN: AB1234</c>,
/// <c>LJN-nr. AJ9403</c>. Today the decision is cited by ECLI (CIT3006).
/// </summary>
public sealed record LjnCitation : Citation
{
    /// <summary>The number in upper case without spaces: <c>AB1234</c>.</summary>
    public string Value { get; init; } = string.Empty;

    /// <summary>The name before the number as written, with its colon: <c>LJN:</c>, <c>LJ-nr.</c>, <c>ELRO-nummer</c>.</summary>
    internal string Label { get; init; } = "LJN";

    /// <summary>The number as written: <c>AB1234</c>, <c>bz 1234</c>.</summary>
    internal string NumberAsWritten { get; init; } = string.Empty;

    /// <summary>
    /// True when written as rechtspraak.nl wrote it, <c>LJN AB1234</c> or <c>LJN: AB1234</c> (citation-rules.md
    /// 10.4): any other name, a space inside the number or lower case is CIT6004's.
    /// </summary>
    internal bool IsUsualForm => Label is "LJN" or "LJN:" && NumberAsWritten == Value;

    /// <inheritdoc />
    public override CitationKind Kind => CitationKind.Ljn;

    /// <summary>True when <paramref name="value"/> has the LJN shape: two ASCII letters and four digits.</summary>
    internal static bool IsLjn(string value) =>
        value.Length == 6
        && IsAsciiLetter(value[0]) && IsAsciiLetter(value[1])
        && IsDigit(value[2]) && IsDigit(value[3]) && IsDigit(value[4]) && IsDigit(value[5]);

    private protected override string FormatCanonical() => LjnFormatter.Format(this);

    private protected override IReadOnlyList<string> BuildLinks() => LjnLinks.For(this);

    internal override void WriteFields(Utf8JsonWriter writer) => LjnFields.Write(writer, this);

    private static bool IsAsciiLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
