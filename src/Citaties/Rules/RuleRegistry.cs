using System.Collections.Generic;

namespace Citaties.Rules;

/// <summary>Every rule implementation the linter runs, in id order.</summary>
internal static class RuleRegistry
{
    public static IReadOnlyList<CitationRule> All { get; } = new CitationRule[]
    {
        new Legislation.UnknownAbbreviationRule(),
        new Legislation.ArticleNotFoundRule(),
        new Legislation.ParagraphAsNumberRule(),
        new Legislation.PartWordingRule(),
        new Legislation.AbbreviationBeforeDefinitionRule(),
        new Legislation.AbbreviationDefinedTwiceRule(),
        new Legislation.AmbiguousAbbreviationRule(),
        new Legislation.AbbreviationInRegelingRule(),
        new Legislation.TitleWithoutVanRule(),
        new Legislation.RangeWordingRule(),
        new Legislation.AbbreviationCaseRule(),
        new Legislation.ArticleRepealedRule(),
        new Legislation.DefinitionInRegelingRule(),
        new Legislation.BwWithoutBookRule(),
        new Identifiers.MalformedBwbIdRule(),
    };
}
