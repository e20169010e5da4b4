using System.Globalization;

namespace Citaties.Rules;

/// <summary>A text in Dutch with an English variant; Dutch unless the culture asks for English.</summary>
/// <param name="Dutch">The Dutch text (the default).</param>
/// <param name="English">The English text.</param>
public sealed record LocalizedText(string Dutch, string English)
{
    /// <summary>The text for <paramref name="culture"/>: English for any <c>en</c> culture, Dutch otherwise.</summary>
    public string For(CultureInfo? culture) =>
        culture is not null && culture.TwoLetterISOLanguageName == "en" ? English : Dutch;

    /// <summary>The text for <paramref name="culture"/> with <paramref name="args"/> filled in.</summary>
    public string Format(CultureInfo? culture, params object?[] args) =>
        string.Format(culture ?? CultureInfo.InvariantCulture, For(culture), args);
}
