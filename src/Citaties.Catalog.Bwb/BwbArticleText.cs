namespace Citaties.Catalog.Bwb;

/// <summary>One article of a BWB law text as plain text (<see cref="BwbImporter.ReadArticles"/>).</summary>
/// <param name="Label">The article's number as the law numbers it: <c>13a</c>, <c>1:3</c>.</param>
/// <param name="Text">The article's text without its heading, one line per paragraph or list item.</param>
/// <param name="Options">
/// What to extract it with: the law as <see cref="ExtractOptions.ContextLaw"/> (when the text names its BWB id) and the
/// article as <see cref="ExtractOptions.ContextArticle"/>. Add a catalog with <c>with { Catalog = ... }</c>.
/// </param>
public sealed record BwbArticleText(string Label, string Text, ExtractOptions Options);
