namespace Citaties.Model;

/// <summary>The word that introduces an onderdeel or subonderdeel (rule CIT2004).</summary>
public enum PartStyle
{
    /// <summary>No onderdeel is cited.</summary>
    None,

    /// <summary><c>onderdeel c</c>, <c>onderdelen a en b</c>, <c>subonderdeel 1°</c>.</summary>
    Onderdeel,

    /// <summary><c>onder b</c>, <c>onder 2°</c>.</summary>
    Onder,

    /// <summary><c>sub c</c>, <c>sub 1°</c> (avoided in Ar contexts).</summary>
    Sub,

    /// <summary><c>letter b</c> (avoided in Ar contexts).</summary>
    Letter,
}
