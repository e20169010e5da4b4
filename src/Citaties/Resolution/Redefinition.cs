using Citaties.Model;

namespace Citaties.Resolution;

/// <summary>
/// An abbreviation defined again (CIT2006): <see cref="Later"/> defines what <see cref="Earlier"/> already defined.
/// The same meaning is an info, a different one a warning.
/// </summary>
/// <param name="Earlier">The definition before (the latest one before <paramref name="Later"/>).</param>
/// <param name="Later">The definition that repeats it.</param>
/// <param name="SameMeaning">True when both expansions say the same (ignoring case and spacing) or name the same law.</param>
internal sealed record Redefinition(AbbreviationDefinition Earlier, AbbreviationDefinition Later, bool SameMeaning);
