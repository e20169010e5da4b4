using System.Globalization;
using System.Linq;

namespace Citaties.Rules;

/// <summary>A text in Dutch with an English variant; Dutch unless the culture asks for English.</summary>
/// <param name="Dutch">The Dutch text (the default).</param>
/// <param name="English">The English text.</param>
public sealed record LocalizedText(string Dutch, string English) : ILocalizable
{
    /// <summary>The text for <paramref name="culture"/>: English for any <c>en</c> culture, Dutch otherwise.</summary>
    public string For(CultureInfo? culture) =>
        culture is not null && culture.TwoLetterISOLanguageName == "en" ? English : Dutch;

    /// <summary>
    /// The text for <paramref name="culture"/> with <paramref name="args"/> filled in. An argument that is itself a
    /// <see cref="LocalizedText"/> is filled in in the same language.
    /// </summary>
    public string Format(CultureInfo? culture, params object?[] args) =>
        string.Format(culture ?? CultureInfo.InvariantCulture, For(culture), args.Select(a => Localize(a, culture)).ToArray());

    /// <summary>This text with its placeholders bound now and its language chosen when the message is formatted.</summary>
    internal ILocalizable With(params object?[] args) => new LocalizedPhrase(this, args);

    internal static object? Localize(object? value, CultureInfo? culture) =>
        value is ILocalizable localizable ? localizable.For(culture) : value;
}
