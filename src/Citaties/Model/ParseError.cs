using System.Collections.Generic;

namespace Citaties;

/// <summary>Why a string is not a citation: what was expected, and where.</summary>
/// <param name="Message">A sentence naming what was expected and what was found.</param>
/// <param name="Position">Offset in the input where parsing failed.</param>
/// <param name="Expected">Names of the productions that would have been accepted there.</param>
public sealed record ParseError(string Message, int Position, IReadOnlyList<string> Expected)
{
    /// <inheritdoc />
    public override string ToString() => $"{Message} (at {Position})";
}
