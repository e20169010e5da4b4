using Citaties.Model;

namespace Citaties.Resolution;

/// <summary>
/// A place where the document names a law explicitly: an article citation with a law (<c>artikel 5 van de
/// Mediawet 2008</c>) or a definition whose expansion is a law. Back-references (<c>van die wet</c>) point to these.
/// </summary>
/// <param name="Span">The span of the citation that names the law.</param>
/// <param name="Name">The law as written (the law text of the article, or the expansion).</param>
/// <param name="Law">The law as resolved; null when the name is not known (an unknown abbreviation).</param>
internal sealed record LawMention(TextSpan Span, string Name, LawReference? Law);
