using System;
using System.Globalization;
using Citaties.Rules;
using Microsoft.CodeAnalysis;

namespace Citaties.Analyzers.Reporting;

/// <summary>A title from the rule catalog, shown in Dutch, or in English where the IDE or build asks for English.</summary>
internal sealed class CatalogString : LocalizableString
{
    private readonly LocalizedText text;

    public CatalogString(LocalizedText text) => this.text = text;

    protected override string GetText(IFormatProvider? formatProvider) =>
        text.For(formatProvider as CultureInfo);

    protected override int GetHash() => text.GetHashCode();

    protected override bool AreEqual(object? other) => other is CatalogString catalog && catalog.text == text;
}
