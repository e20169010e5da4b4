using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace Citaties.Analyzers.Reporting;

/// <summary>
/// The fix of a finding, as the analyzer hands it to the code fix: the source range to replace and the new source
/// text, already written for the literal or comment it stands in. The code fix needs to know nothing of C# escapes.
/// </summary>
internal static class FixProperties
{
    public const string Start = "Citaties.FixStart";
    public const string Length = "Citaties.FixLength";
    public const string Text = "Citaties.FixText";
    public const string Replacement = "Citaties.Replacement";

    public static ImmutableDictionary<string, string?> Create(TextSpan span, string sourceText, string replacement) =>
        ImmutableDictionary<string, string?>.Empty
            .Add(Start, span.Start.ToString(CultureInfo.InvariantCulture))
            .Add(Length, span.Length.ToString(CultureInfo.InvariantCulture))
            .Add(Text, sourceText)
            .Add(Replacement, replacement);

    /// <summary>The edit of a finding, or null when it has none.</summary>
    public static (TextSpan Span, string Text, string Replacement)? Read(ImmutableDictionary<string, string?> properties) =>
        properties.TryGetValue(Start, out var start) && properties.TryGetValue(Length, out var length)
        && properties.TryGetValue(Text, out var text) && properties.TryGetValue(Replacement, out var replacement)
        && int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
        && int.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var l)
        && text is not null && replacement is not null
            ? (new TextSpan(s, l), text, replacement)
            : null;
}
