using Citaties.Catalog;
using Citaties.Rules;

namespace Citaties.Cli.Settings;

/// <summary>What applies to one input: its lint options and its catalog.</summary>
/// <param name="Options">The profile, severities, language and conventions from citaties.json and the flags.</param>
/// <param name="Catalog">The embedded catalog with the user's catalogs (configuration first, then <c>--catalog</c>) over it.</param>
internal sealed record FileSetup(LintOptions Options, LawCatalog Catalog);
