using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Citaties.OpenXml.Tests;

/// <summary>Accepting and rejecting tracked changes the way Word does, and validating documents, for tests.</summary>
public static class Revisions
{
    /// <summary>Accept all: deletions disappear, insertions become ordinary text.</summary>
    public static void AcceptAll(OpenXmlElement root)
    {
        foreach (var deletion in root.Descendants<DeletedRun>().ToList())
        {
            deletion.Remove();
        }

        foreach (var insertion in root.Descendants<InsertedRun>().ToList())
        {
            Unwrap(insertion);
        }
    }

    /// <summary>Reject all: insertions disappear, deletions come back as ordinary text.</summary>
    public static void RejectAll(OpenXmlElement root)
    {
        foreach (var insertion in root.Descendants<InsertedRun>().ToList())
        {
            insertion.Remove();
        }

        foreach (var deletion in root.Descendants<DeletedRun>().ToList())
        {
            foreach (var deleted in deletion.Descendants<DeletedText>().ToList())
            {
                deleted.InsertAfterSelf(new Text(deleted.Text) { Space = SpaceProcessingModeValues.Preserve });
                deleted.Remove();
            }

            Unwrap(deletion);
        }
    }

    /// <summary>The schema errors of every part of <paramref name="document"/> (Office 2019 rules).</summary>
    public static IReadOnlyList<string> ValidationErrors(WordprocessingDocument document) =>
        new OpenXmlValidator(FileFormatVersions.Office2019)
            .Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

    private static void Unwrap(OpenXmlElement element)
    {
        foreach (var child in element.ChildElements.ToList())
        {
            child.Remove();
            element.InsertBeforeSelf(child);
        }

        element.Remove();
    }
}
