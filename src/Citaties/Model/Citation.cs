using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Citaties.Model;

/// <summary>
/// A citation found in text. Each kind is an immutable record deriving from this one; the
/// <see cref="Span"/> points into the scanned text and <see cref="Text"/> is the citation as written there.
/// </summary>
public abstract record Citation
{
    /// <summary>Where the citation stands in the scanned text.</summary>
    public TextSpan Span { get; init; }

    /// <summary>The citation as written, exactly the characters covered by <see cref="Span"/>.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>What kind of citation this is.</summary>
    public abstract CitationKind Kind { get; }

    /// <summary>The canonical form (citation-rules.md), e.g. <c>Kamerstukken II 2018/19, 35 000-VI, nr. 5</c>.</summary>
    public string Canonical => FormatCanonical();

    /// <summary>Official URLs of the cited source, where they can be derived from the citation alone.</summary>
    public IReadOnlyList<string> Links => BuildLinks();

    /// <summary>Builds <see cref="Canonical"/>; each kind delegates to its formatter in <c>Kinds/&lt;Kind&gt;/</c>.</summary>
    private protected abstract string FormatCanonical();

    /// <summary>Builds <see cref="Links"/>; each kind delegates to its links in <c>Kinds/&lt;Kind&gt;/</c>.</summary>
    private protected abstract IReadOnlyList<string> BuildLinks();

    /// <summary>Writes the kind-specific <c>fields</c> object of the machine interface (DESIGN.md).</summary>
    internal abstract void WriteFields(Utf8JsonWriter writer);

    /// <summary>
    /// Maps the kind's own sub-spans (those other than <see cref="Span"/>) from window offsets to offsets
    /// relative to the start of the citation; <see cref="Span"/> itself is mapped by the extractor.
    /// </summary>
    internal virtual Citation MapInnerSpans(Func<TextSpan, TextSpan> toCitationRelative) => this;

    /// <summary>
    /// True for a kind found in the look-behind pass that another citation over the same text outranks: a law named
    /// alone (<c>Omgevingswet</c>) is dropped where an article citation or a definition holds it.
    /// </summary>
    internal virtual bool GivesWayToOverlap => false;
}
