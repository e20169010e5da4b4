using System.Collections.Generic;

namespace Citaties.Catalog;

/// <summary>An EU act often cited in Dutch text.</summary>
public sealed record EuActEntry
{
    /// <summary><c>Verordening</c>, <c>Richtlijn</c>, <c>Besluit</c>, ...</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary><c>EU</c>, <c>EG</c>, <c>EEG</c>, <c>EU, Euratom</c>, ...</summary>
    public string Domain { get; init; } = string.Empty;

    /// <summary>The year in the act number.</summary>
    public int Year { get; init; }

    /// <summary>The running number in the act number.</summary>
    public int Number { get; init; }

    /// <summary>The CELEX number, e.g. <c>32022R2065</c>.</summary>
    public string Celex { get; init; } = string.Empty;

    /// <summary>The Dutch title or its usual short description.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>Dutch short names and abbreviations: <c>DSA</c>, <c>digitaledienstenverordening</c>, <c>AVG</c>.</summary>
    public IReadOnlyList<string> ShortNames { get; init; } = new List<string>();

    /// <summary>English short names and abbreviations: <c>Digital Services Act</c>, <c>GDPR</c>.</summary>
    public IReadOnlyList<string> EnglishShortNames { get; init; } = new List<string>();

    /// <summary>The number of articles, when known (DSA 93, AVG 99).</summary>
    public int? ArticleCount { get; init; }
}
