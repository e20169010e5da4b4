using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Links for an LJN: none. rechtspraak.nl no longer resolves LJNs, and the ECLI (court and year) cannot be
/// derived from the LJN alone.
/// </summary>
internal static class LjnLinks
{
    public static IReadOnlyList<string> For(LjnCitation citation) => Array.Empty<string>();
}
