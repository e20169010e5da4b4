using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Citaties.Model;

namespace Citaties;

/// <summary>The outcome of <see cref="CitationFinder.TryParse(string)"/>: a citation, or an error.</summary>
public sealed record ParseResult
{
    private ParseResult(IReadOnlyList<Citation> citations, ParseError? error)
    {
        Citations = citations;
        Citation = citations.Count > 0 ? citations[0] : null;
        Error = error;
    }

    /// <summary>The citation, when parsing succeeded (the first, when the text holds an enumeration).</summary>
    public Citation? Citation { get; }

    /// <summary>
    /// Every citation the text denotes: one, or one per article of an enumeration such as
    /// <c>de artikelen 12b en 12c</c>. Empty when parsing failed.
    /// </summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The error, when parsing failed.</summary>
    public ParseError? Error { get; }

    /// <summary>True when the whole input is one citation.</summary>
    [MemberNotNullWhen(true, nameof(Citation))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Citation is not null;

    internal static ParseResult Ok(IReadOnlyList<Citation> citations) => new(citations, null);

    internal static ParseResult Fail(ParseError error) => new(Array.Empty<Citation>(), error);
}
