namespace Citaties.Model;

/// <summary>One <c>key=value</c> pair of a Juriconnect reference, with the value URL-decoded (<c>artikel</c>, <c>4:81</c>).</summary>
/// <param name="Key">The key as written: <c>artikel</c>, <c>lid</c>, <c>boek</c>, <c>g</c>, ...</param>
/// <param name="Value">The decoded value.</param>
public readonly record struct JciParameter(string Key, string Value);
