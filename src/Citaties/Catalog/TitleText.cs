using System;

namespace Citaties.Catalog;

/// <summary>The parts of a written law title that are not part of the citeertitel itself.</summary>
internal static class TitleText
{
    private static readonly string[] Articles = { "het", "de" };

    /// <summary>
    /// Takes the book out of <c>Boek 6 van het Burgerlijk Wetboek</c>: returns <c>6</c> and leaves
    /// <c>het Burgerlijk Wetboek</c> in <paramref name="title"/>; returns null and leaves the title alone otherwise.
    /// </summary>
    internal static string? SplitBook(ref ReadOnlySpan<char> title)
    {
        const string BookWord = "boek";
        if (title.Length <= BookWord.Length + 1 || !title.StartsWith(BookWord.AsSpan(), StringComparison.OrdinalIgnoreCase)
            || !IsSpace(title[BookWord.Length]))
        {
            return null;
        }

        var rest = title.Slice(BookWord.Length).TrimStart();
        var end = 0;
        while (end < rest.Length && char.IsLetterOrDigit(rest[end]))
        {
            end++;
        }

        if (end == 0 || !char.IsDigit(rest[0]))
        {
            return null;
        }

        var book = rest.Slice(0, end);
        var after = rest.Slice(end).TrimStart();
        if (!after.StartsWith("van".AsSpan(), StringComparison.OrdinalIgnoreCase) || after.Length <= 3 || !IsSpace(after[3]))
        {
            return null;
        }

        title = after.Slice(3).Trim();
        return book.ToString();
    }

    /// <summary>Drops a leading article: <c>het Burgerlijk Wetboek</c>, <c>de Algemene wet bestuursrecht</c>.</summary>
    internal static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> title)
    {
        foreach (var article in Articles)
        {
            if (title.Length > article.Length + 1 && title.StartsWith(article.AsSpan(), StringComparison.OrdinalIgnoreCase)
                && IsSpace(title[article.Length]))
            {
                return title.Slice(article.Length).TrimStart();
            }
        }

        return title;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c);
}
