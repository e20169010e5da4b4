using System;
using System.Collections.Generic;
using System.Globalization;
using Citaties.Catalog;
using Citaties.Model;

namespace Citaties.Resolution;

/// <summary>
/// What a document says about its own names, in reading order: the abbreviations it defines
/// (<c>(hierna: Sv)</c>), the abbreviations the configuration allows, the laws it names explicitly, and the
/// law the document itself is (its "law in context").
/// <para>
/// The law in context is the law a text belongs to, given by the caller (<see cref="ExtractOptions.ContextLaw"/>):
/// inside the text of the Wetboek van Strafvordering, <c>artikel 13a</c> and <c>van deze wet</c> mean that code.
/// It is never guessed from the text: in an ordinary letter an article without a law stays unresolved, because
/// the last law named is often not the one meant. Back-references (<c>van die wet</c>) do use the last law
/// named before them (<see cref="LastLawBefore"/>).
/// </para>
/// Immutable; build it with <see cref="Create"/> from the citations of one document.
/// </summary>
internal sealed class DocumentContext
{
    private static readonly IReadOnlyDictionary<string, string> NoAbbreviations = new Dictionary<string, string>();

    // Definitions by abbreviation (ignoring case), each list in reading order.
    private readonly Dictionary<string, List<AbbreviationDefinition>> definitionsByName;
    private readonly Dictionary<string, KeyValuePair<string, string>> configuredByName;
    private readonly LawCatalog catalog;
    private readonly List<LawMention> mentions;

    private DocumentContext(
        List<AbbreviationDefinition> definitions,
        IReadOnlyDictionary<string, string> configured,
        List<LawMention> mentions,
        LawReference? contextLaw,
        LawCatalog catalog)
    {
        Definitions = definitions;
        ConfiguredAbbreviations = configured;
        this.mentions = mentions;
        ContextLaw = contextLaw;
        this.catalog = catalog;
        definitionsByName = new Dictionary<string, List<AbbreviationDefinition>>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in definitions)
        {
            if (!definitionsByName.TryGetValue(definition.Abbreviation, out var list))
            {
                list = new List<AbbreviationDefinition>();
                definitionsByName.Add(definition.Abbreviation, list);
            }

            list.Add(definition);
        }

        configuredByName = new Dictionary<string, KeyValuePair<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in configured)
        {
            if (!string.IsNullOrWhiteSpace(pair.Key) && !configuredByName.ContainsKey(pair.Key.Trim()))
            {
                configuredByName.Add(pair.Key.Trim(), new KeyValuePair<string, string>(pair.Key.Trim(), pair.Value ?? string.Empty));
            }
        }

        Redefinitions = FindRedefinitions();
    }

    /// <summary>Every abbreviation the document defines, in reading order.</summary>
    public IReadOnlyList<AbbreviationDefinition> Definitions { get; }

    /// <summary>The abbreviations the configuration allows without a definition, with their meaning.</summary>
    public IReadOnlyDictionary<string, string> ConfiguredAbbreviations { get; }

    /// <summary>Every place the document names a law explicitly, in reading order.</summary>
    public IReadOnlyList<LawMention> LawMentions => mentions;

    /// <summary>The law the document itself is (completed from the catalog); null for an ordinary document.</summary>
    public LawReference? ContextLaw { get; }

    /// <summary>Every abbreviation defined again after an earlier definition, in reading order of the later one (CIT2006).</summary>
    public IReadOnlyList<Redefinition> Redefinitions { get; }

    /// <summary>
    /// Builds the context of a document from its citations in reading order (as
    /// <see cref="CitationFinder.Extract(string, ExtractOptions)"/> returns them) and the configured abbreviations
    /// and context law of <paramref name="options"/>.
    /// </summary>
    public static DocumentContext Create(IReadOnlyList<Citation> citations, ExtractOptions? options = null)
    {
        if (citations is null)
        {
            throw new ArgumentNullException(nameof(citations));
        }

        options ??= ExtractOptions.Default;
        var catalog = options.CatalogOrDefault;
        var definitions = new List<AbbreviationDefinition>();
        var mentions = new List<LawMention>();
        foreach (var citation in citations)
        {
            switch (citation)
            {
                case AbbreviationDefinition definition:
                    definitions.Add(definition);
                    if (definition.Law is not null)
                    {
                        mentions.Add(new LawMention(definition.Span, definition.Expansion, definition.Law));
                    }

                    break;
                case ArticleCitation article when NamesItsLaw(article):
                    mentions.Add(new LawMention(article.Span, article.LawText!, article.Law));
                    break;
            }
        }

        var contextLaw = options.ContextLaw is null ? null : NameResolver.Complete(options.ContextLaw, catalog);
        return new DocumentContext(definitions, options.Abbreviations ?? NoAbbreviations, mentions, contextLaw, catalog);
    }

    /// <summary>
    /// What <paramref name="abbreviation"/> means at <paramref name="position"/>: the latest definition that ends
    /// at or before it wins, then the configuration. Case is ignored in the lookup and reported in
    /// <see cref="AbbreviationMeaning.ExactCase"/>; quotes and a leading <c>de</c>/<c>het</c> are part of what a
    /// document defines (<c>(hierna: "de Wet")</c> defines <c>de Wet</c>), so pass them as written.
    /// </summary>
    public AbbreviationMeaning MeaningAt(string abbreviation, int position)
    {
        var written = (abbreviation ?? string.Empty).Trim();
        AbbreviationDefinition? before = null;
        AbbreviationDefinition? after = null;
        if (written.Length > 0 && definitionsByName.TryGetValue(written, out var list))
        {
            foreach (var definition in list)
            {
                if (definition.Span.End <= position)
                {
                    before = definition;
                }
                else
                {
                    after ??= definition;
                }
            }
        }

        if (before is not null)
        {
            return new AbbreviationMeaning
            {
                Abbreviation = written,
                Source = AbbreviationSource.Definition,
                DefinedAs = before.Abbreviation,
                Expansion = before.Expansion,
                Definition = before,
                Law = before.Law,
                ExactCase = string.Equals(before.Abbreviation, written, StringComparison.Ordinal),
            };
        }

        if (written.Length > 0 && configuredByName.TryGetValue(written, out var configured))
        {
            return new AbbreviationMeaning
            {
                Abbreviation = written,
                Source = AbbreviationSource.Configuration,
                DefinedAs = configured.Key,
                Expansion = configured.Value,
                Law = NameResolver.ResolveName(configured.Value, null, catalog) ?? NameResolver.ResolveAbbreviation(configured.Key, null, catalog),
                ExactCase = string.Equals(configured.Key, written, StringComparison.Ordinal),
                LaterDefinition = after,
            };
        }

        return new AbbreviationMeaning { Abbreviation = written, LaterDefinition = after };
    }

    /// <summary>Every definition of <paramref name="abbreviation"/> (ignoring case), in reading order.</summary>
    public IReadOnlyList<AbbreviationDefinition> DefinitionsOf(string abbreviation) =>
        abbreviation is not null && definitionsByName.TryGetValue(abbreviation.Trim(), out var list)
            ? list
            : Array.Empty<AbbreviationDefinition>();

    /// <summary>
    /// The law named last before <paramref name="position"/>, for a back-reference such as <c>van die wet</c>.
    /// With <paramref name="noun"/> (<c>wet</c>, <c>besluit</c>, <c>verordening</c>, ...) the last mention whose name
    /// holds that noun is preferred (<c>die wet</c> skips a <c>Besluit</c> named in between); without such a
    /// mention, the last one of any kind. Null when the document names no law before that place.
    /// </summary>
    public LawMention? LastLawBefore(int position, string? noun = null)
    {
        var last = -1;
        int low = 0, high = mentions.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            if (mentions[middle].Span.Start < position)
            {
                last = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        if (last < 0)
        {
            return null;
        }

        if (!string.IsNullOrEmpty(noun))
        {
            for (var i = last; i >= 0; i--)
            {
                if (Holds(mentions[i], noun!))
                {
                    return mentions[i];
                }
            }
        }

        return mentions[last];
    }

    private static bool NamesItsLaw(ArticleCitation article) =>
        article.LawText is not null && article.LawForm is not (LawForm.None or LawForm.DeicticReference);

    private static bool Holds(LawMention mention, string noun) =>
        HoldsWord(mention.Name, noun) || (mention.Law?.Title is { } title && HoldsWord(title, noun));

    // "Wetboek van Strafvordering" holds "wet", so "die wet" may point back to it.
    private static bool HoldsWord(string name, string noun) =>
        CultureInfo.InvariantCulture.CompareInfo.IndexOf(name, noun, CompareOptions.IgnoreCase) >= 0;

    private List<Redefinition> FindRedefinitions()
    {
        var found = new List<Redefinition>();
        foreach (var definition in Definitions)
        {
            var list = definitionsByName[definition.Abbreviation];
            var index = list.IndexOf(definition);
            if (index > 0)
            {
                var earlier = list[index - 1];
                found.Add(new Redefinition(earlier, definition, SameMeaning(earlier, definition)));
            }
        }

        return found;
    }

    private static bool SameMeaning(AbbreviationDefinition a, AbbreviationDefinition b)
    {
        if (string.Equals(Squeeze(a.Expansion), Squeeze(b.Expansion), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var x = a.Law;
        var y = b.Law;
        return x is not null && y is not null
            && ((x.Bwb is not null && string.Equals(x.Bwb, y.Bwb, StringComparison.OrdinalIgnoreCase))
                || (x.Celex is not null && string.Equals(x.Celex, y.Celex, StringComparison.OrdinalIgnoreCase)));
    }

    private static string Squeeze(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
