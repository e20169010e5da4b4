using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Overview;

/// <summary>One cited source, once, with every place it is cited.</summary>
/// <param name="Group">The group it is listed under.</param>
/// <param name="Source">The source in canonical form.</param>
/// <param name="Links">Official links to it.</param>
/// <param name="Occurrences">The citations of it, in text order.</param>
public sealed record SourceEntry(SourceGroup Group, string Source, IReadOnlyList<string> Links, IReadOnlyList<Citation> Occurrences);
