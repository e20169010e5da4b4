using Citaties.Model;

namespace Citaties.Tests.Tolerant;

/// <summary>What the tolerant-reading fixtures ask of the finder.</summary>
internal static class Read
{
    /// <summary>The one citation of kind <typeparamref name="T"/> that <paramref name="text"/> holds.</summary>
    public static T Single<T>(string text) where T : Citation =>
        CitationFinder.Extract(text).OfType<T>().Single();
}
