using System.Collections.Generic;
using Citaties.Model;

namespace Citaties;

/// <summary>What <see cref="CitationLinter.Fix"/> did: the new text and every change, in original offsets.</summary>
/// <param name="Text">The text with every fix applied.</param>
/// <param name="Changes">The replacements, ordered and non-overlapping, in offsets of the original text.</param>
public sealed record FixResult(string Text, IReadOnlyList<TextChange> Changes)
{
    /// <summary>True when nothing was changed.</summary>
    public bool IsUnchanged => Changes.Count == 0;
}

/// <summary>One replacement made by a fix.</summary>
/// <param name="Span">The replaced part of the original text.</param>
/// <param name="OriginalText">The text that was there.</param>
/// <param name="NewText">The text that replaced it.</param>
/// <param name="RuleIds">The rules whose fixes made this change.</param>
public sealed record TextChange(TextSpan Span, string OriginalText, string NewText, IReadOnlyList<string> RuleIds);
