using System;
using Citaties.Documents;

namespace Citaties.OpenXml.Input;

/// <summary>A file that cannot be handled as a Word document, with the reason in words a user can act on.</summary>
public sealed class DocxException : DocumentException
{
    /// <summary>Creates the exception.</summary>
    public DocxException(string path, string reason, Exception? inner = null)
        : base(path, reason, inner)
    {
    }
}
