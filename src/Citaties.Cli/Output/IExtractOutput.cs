using System;
using System.Collections.Generic;
using Citaties.Documents;
using Citaties.Model;

namespace Citaties.Cli.Output;

/// <summary>
/// Writes the result of <c>extract</c> file by file, so that the output of a long run appears as it goes.
/// Call <see cref="WriteFile"/> for each file read, then <see cref="Complete"/> once.
/// </summary>
internal interface IExtractOutput : IDisposable
{
    /// <summary>The citations of one document; their spans are offsets into its own text (<see cref="SourceText.Source"/>).</summary>
    void WriteFile(SourceDocument document, IReadOnlyList<Citation> citations);

    /// <summary>Ends the output.</summary>
    void Complete();
}
