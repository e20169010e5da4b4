using System;
using System.Collections.Generic;

namespace Citaties.SampleDocx.Building;

/// <summary>Character formatting of a run of text.</summary>
[Flags]
public enum RunFormat
{
    /// <summary>Plain text.</summary>
    None = 0,

    /// <summary>Bold (<c>w:b</c>).</summary>
    Bold = 1,

    /// <summary>Italic (<c>w:i</c>).</summary>
    Italic = 2,
}

/// <summary>A piece of paragraph content as <see cref="DraftBuilder"/> lays it out.</summary>
public abstract record Inline
{
    /// <summary>Plain text in one run.</summary>
    public static Inline Text(string text) => new TextRun(text, RunFormat.None);

    /// <summary>Bold text in one run.</summary>
    public static Inline Bold(string text) => new TextRun(text, RunFormat.Bold);

    /// <summary>Italic text in one run.</summary>
    public static Inline Italic(string text) => new TextRun(text, RunFormat.Italic);
}

/// <summary>Text in one run (<c>w:r</c>) with the given formatting.</summary>
/// <param name="Value">The text.</param>
/// <param name="Format">Bold and/or italic.</param>
public sealed record TextRun(string Value, RunFormat Format) : Inline;

/// <summary>A footnote reference mark; the footnote holds <paramref name="Content"/>.</summary>
/// <param name="Content">The footnote text.</param>
public sealed record FootnoteMark(IReadOnlyList<Inline> Content) : Inline;

/// <summary>Text already inserted as a tracked change (<c>w:ins</c>) by the draft's author.</summary>
/// <param name="Runs">The inserted runs.</param>
public sealed record TrackedInsertion(IReadOnlyList<TextRun> Runs) : Inline;

/// <summary>Text already deleted as a tracked change (<c>w:del</c>) by the draft's author.</summary>
/// <param name="Value">The deleted text.</param>
public sealed record TrackedDeletion(string Value) : Inline;

/// <summary>A hyperlink (<c>w:hyperlink</c> with an external relationship) in the Hyperlink character style.</summary>
/// <param name="Value">The shown text.</param>
/// <param name="Target">The address.</param>
public sealed record LinkRun(string Value, Uri Target) : Inline;

/// <summary>
/// A floating text box anchored in the paragraph, written as Word writes it: a DrawingML shape
/// (<c>wps:wsp</c>) in <c>mc:Choice</c> and a VML copy of the same text in <c>mc:Fallback</c>.
/// </summary>
/// <param name="Paragraphs">The paragraphs in the box.</param>
public sealed record TextBoxAnchor(IReadOnlyList<IReadOnlyList<Inline>> Paragraphs) : Inline;

/// <summary>A PAGE field (field code, then its shown result).</summary>
/// <param name="Shown">The result shown until Word updates the field.</param>
public sealed record PageField(string Shown) : Inline;
