using Citaties.Model;

namespace Citaties.Rules;

/// <summary>A suggested correction: replace the text at <paramref name="Span"/> by <paramref name="Replacement"/>.</summary>
/// <param name="Span">The part of the scanned text to replace.</param>
/// <param name="Replacement">The new text.</param>
public sealed record Fix(TextSpan Span, string Replacement);
