using System;
using System.Collections.Generic;
using Citaties.Catalog;
using Citaties.Model;

namespace Citaties.Resolution;

/// <summary>
/// The resolver step of the pipeline: fills <see cref="ArticleCitation.Law"/>, <see cref="AbbreviationDefinition.Law"/>
/// and <see cref="LawCitation.Law"/>.
/// Other citations pass through untouched, and a document without article or definition citations costs nothing.
/// <list type="number">
/// <item>Definitions: each expansion is looked up in the catalog (<c>Digital Services Act</c> is Verordening (EU) 2022/2065).</item>
/// <item>Articles that name their law: an abbreviation by the latest definition before it, then the configuration,
/// then the catalog; a title by the catalog (cut to the longest known leading part, which also cuts the citation's
/// span: the grammar's end of a title is a guess); an EU act by its number; a BW book by its number.</item>
/// <item>Articles without a law or with a back-reference, once every named law is known: <c>van die wet</c> is the law
/// named last before it; an article without a law and <c>van deze wet</c> are the document's own law, when the caller gives one.</item>
/// </list>
/// </summary>
internal static class LawResolver
{
    /// <summary>
    /// The citations with their laws resolved, in the same order (a copy; the input is not changed). With the
    /// <paramref name="source"/> text the citations were found in, a title the grammar ended too early is extended
    /// to the catalog title the text goes on with.
    /// </summary>
    public static IReadOnlyList<Citation> Resolve(IReadOnlyList<Citation> citations, ExtractOptions options, string? source = null)
    {
        if (!NeedsResolution(citations))
        {
            return citations;
        }

        var catalog = options.CatalogOrDefault;
        var resolved = new Citation[citations.Count];
        for (var i = 0; i < resolved.Length; i++)
        {
            resolved[i] = citations[i] switch
            {
                AbbreviationDefinition definition => definition with { Law = ResolveExpansion(definition, catalog) },
                LawCitation law => law with { Law = NameResolver.ResolveTitle(law.LawText, null, catalog, out _) },
                var other => other,
            };
        }

        var byLongTitle = new bool[resolved.Length];
        if (source is not null)
        {
            ExtendTitles(resolved, source, catalog, byLongTitle);
        }

        var definitions = DocumentContext.Create(resolved, options);
        for (var i = 0; i < resolved.Length; i++)
        {
            if (resolved[i] is ArticleCitation { LawForm: not (LawForm.None or LawForm.DeicticReference) } article && !byLongTitle[i])
            {
                resolved[i] = ResolveNamed(article, definitions, catalog);
            }
        }

        // Back-references need every named law resolved first.
        var document = DocumentContext.Create(resolved, options);
        for (var i = 0; i < resolved.Length; i++)
        {
            if (resolved[i] is ArticleCitation { LawForm: LawForm.None or LawForm.DeicticReference } article)
            {
                resolved[i] = article with { Law = ResolveUnnamed(article, document) };
            }
        }

        return resolved;
    }

    // Extends titles to the catalog title the text goes on with, or to the long title of a regulation cited by kind
    // and date (resolved on the spot: `byLongTitle` marks those); the earlier articles of an enumeration share the
    // law of the last, which alone covers it, so they take its title (and law) too.
    private static void ExtendTitles(Citation[] citations, string source, LawCatalog catalog, bool[] byLongTitle)
    {
        for (var i = citations.Length - 1; i >= 0; i--)
        {
            if (citations[i] is not ArticleCitation { LawForm: LawForm.Title or LawForm.TitleWithoutVan } last)
            {
                continue;
            }

            var dated = DatedTitleExtension.Extend(last, source, catalog);
            var extended = dated ?? TitleExtension.Extend(last, source, catalog) ?? RegisterTitleExtension.Extend(last, source, catalog);
            if (extended is null)
            {
                continue;
            }

            citations[i] = extended;
            byLongTitle[i] = dated is not null;
            for (var j = i - 1; j >= 0; j--)
            {
                if (citations[j] is not ArticleCitation { InEnumeration: true } earlier || earlier.LawSpan.Length > 0
                    || earlier.LawText != last.LawText || earlier.Span.End > last.Span.Start)
                {
                    break;
                }

                citations[j] = dated is null ? earlier with { LawText = extended.LawText } : earlier with { LawText = extended.LawText, Law = dated.Law };
                byLongTitle[j] = dated is not null;
            }
        }
    }

    private static bool NeedsResolution(IReadOnlyList<Citation> citations)
    {
        foreach (var citation in citations)
        {
            if (citation is ArticleCitation or AbbreviationDefinition or LawCitation)
            {
                return true;
            }
        }

        return false;
    }

    private static LawReference? ResolveExpansion(AbbreviationDefinition definition, LawCatalog catalog)
    {
        var law = NameResolver.ResolveName(definition.Expansion, null, catalog);
        return law is null ? null : law with { Abbreviation = definition.Abbreviation };
    }

    private static ArticleCitation ResolveNamed(ArticleCitation article, DocumentContext context, LawCatalog catalog)
    {
        var text = article.LawText!;
        switch (article.LawForm)
        {
            case LawForm.Abbreviation:
                return article with { Law = ByDefinition(article, text, context, catalog) ?? NameResolver.ResolveAbbreviation(text, article.Book, catalog) };
            case LawForm.Title:
            case LawForm.TitleWithoutVan:
                var defined = ByDefinition(article, text, context, catalog);
                if (defined is not null)
                {
                    return article with { Law = defined };
                }

                var law = NameResolver.ResolveTitle(text, article.Book, catalog, out var matched);
                if (law is null)
                {
                    return article with { Law = new LawReference { Title = text, Source = LawSource.Written } };
                }

                return matched.Length == text.Length ? article with { Law = law } : TitleCut.Apply(article, matched) with { Law = law };
            case LawForm.EuAct:
                return article with { Law = NameResolver.ResolveEuAct(text, catalog) };
            case LawForm.BookOfBw:
                var book = catalog.FindByTitle("Burgerlijk Wetboek", article.Book);
                return article with { Law = book.Entry is { } entry ? NameResolver.FromLaw(entry, null) : null };
            default:
                return article;
        }
    }

    // A name the document defines: "artikel 5 Sv" after "(hierna: Sv)", "artikel 3 van de Wet" after "(hierna: de Wet)".
    private static LawReference? ByDefinition(ArticleCitation article, string text, DocumentContext context, LawCatalog catalog)
    {
        var meaning = context.MeaningAt(text, article.Span.Start);
        if (!meaning.IsDefined && article.LawPreposition is { } preposition && preposition.StartsWith("van ", StringComparison.Ordinal))
        {
            // "van de Wet" after (hierna: de Wet): the determiner is part of the defined name.
            var determiner = preposition.Substring("van ".Length);
            var withDeterminer = context.MeaningAt(determiner + " " + text, article.Span.Start);
            meaning = withDeterminer.IsDefined ? withDeterminer : meaning;
        }

        if (!meaning.IsDefined)
        {
            return null;
        }

        // The BW book comes from the article (6:162), so the expansion is looked up again with it.
        var law = article.Book is not null && meaning.Expansion is not null
            ? NameResolver.ResolveName(meaning.Expansion, article.Book, catalog)
            : meaning.Law;
        if (law is null)
        {
            return null;
        }

        return law with
        {
            Abbreviation = meaning.DefinedAs,
            ExactCase = meaning.ExactCase,
            Source = meaning.Source == AbbreviationSource.Configuration ? LawSource.Configuration : LawSource.Definition,
        };
    }

    private static LawReference? ResolveUnnamed(ArticleCitation article, DocumentContext context)
    {
        if (article.LawForm == LawForm.None)
        {
            return context.ContextLaw;
        }

        // "die wet", "dat besluit", "deze regeling", "de wet", "het besluit".
        var text = article.LawText ?? string.Empty;
        var space = text.IndexOf(' ');
        var determiner = space > 0 ? text.Substring(0, space).ToLowerInvariant() : string.Empty;
        var noun = space > 0 ? text.Substring(space + 1) : text;
        var pointsBack = determiner is "die" or "dat";
        if (!pointsBack && context.ContextLaw is not null)
        {
            return context.ContextLaw;
        }

        var mention = context.LastLawBefore(article.Span.Start, noun);
        return mention?.Law is { } law ? law with { Source = LawSource.BackReference } : null;
    }
}
