using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Scanning;

/// <summary>
/// Text that starts like a citation but does not parse: an anchor passed its family's cheap check, and the
/// grammar read past the anchor word, through at least one number, up to a label that asks for more, and
/// then failed (<c>Kamerstuk 28 638, nr</c>).
/// </summary>
/// <param name="Span">From the anchor to where the grammar stopped, trailing spaces and commas excluded, in source offsets.</param>
/// <param name="Family">The name of the family whose grammar got furthest.</param>
/// <param name="Expectations">What the grammar expected where it stopped (<c>ondernummer</c>, <c>'nr.'</c>).</param>
internal readonly record struct NearMiss(TextSpan Span, string Family, IReadOnlyList<string> Expectations);

/// <summary>The citations of a text together with its near misses, both in text order.</summary>
internal sealed record ExtractionResult(IReadOnlyList<Citation> Citations, IReadOnlyList<NearMiss> NearMisses);
