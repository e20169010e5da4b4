using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace Citaties.Documents;

/// <summary>
/// Who a finding is across edits of its document: its rule, its file and the citation text, and which occurrence
/// of that triple it is in the file (0 for the first). Not its line: a paragraph moved or text added above leaves
/// the identity alone, an edited citation changes it, and a second identical mistake is a new occurrence. Code
/// scanning (SARIF <c>partialFingerprints</c>), GitLab (<c>fingerprint</c>) and baselines all use this.
/// </summary>
public static class FindingIdentity
{
    /// <summary>For each of <paramref name="findings"/> (one file, text order), how many earlier ones share its rule and text.</summary>
    public static IReadOnlyList<int> Occurrences(IReadOnlyList<LintFinding> findings)
    {
        if (findings is null)
        {
            throw new ArgumentNullException(nameof(findings));
        }

        var seen = new Dictionary<(string, string), int>();
        var occurrences = new int[findings.Count];
        for (var i = 0; i < findings.Count; i++)
        {
            var key = (findings[i].Diagnostic.Id, findings[i].Text);
            seen.TryGetValue(key, out var count);
            occurrences[i] = count;
            seen[key] = count + 1;
        }

        return occurrences;
    }

    /// <summary>
    /// A stable hash of the identity: 32 lower-case hex digits of SHA-256 over rule, path (forward slashes) and text,
    /// separated by NUL characters, and the occurrence.
    /// </summary>
    public static string Fingerprint(string ruleId, string path, string text, int occurrence)
    {
        var identity = string.Join("\0", ruleId, path, text, occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
#if NET
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
#else
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(identity));
#endif
        var hex = new StringBuilder(32);
        for (var i = 0; i < 16; i++)
        {
            hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
