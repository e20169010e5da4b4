using System.Diagnostics.CodeAnalysis;
using Citaties.Model;

namespace Citaties;

/// <summary>The outcome of <see cref="CitationParser.TryParse(string)"/>: a citation, or an error.</summary>
public sealed record ParseResult
{
    private ParseResult(Citation? citation, ParseError? error)
    {
        Citation = citation;
        Error = error;
    }

    /// <summary>The citation, when parsing succeeded.</summary>
    public Citation? Citation { get; }

    /// <summary>The error, when parsing failed.</summary>
    public ParseError? Error { get; }

    /// <summary>True when the whole input is one citation.</summary>
    [MemberNotNullWhen(true, nameof(Citation))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Citation is not null;

    internal static ParseResult Ok(Citation citation) => new(citation, null);

    internal static ParseResult Fail(ParseError error) => new(null, error);
}
