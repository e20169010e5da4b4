using System.Text;
using Citaties.Documents;

namespace Citaties.Tests.Documents;

[TestFixture]
public class TextDecoderTests
{
    private static string? Decode(byte[] bytes, out string? reason) => TextDecoder.TryDecode(bytes, EncodingPolicy.Utf8, out reason)?.Text;

    [Test]
    public void Decodes_UTF_8_and_drops_a_byte_order_mark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("één € 😀")).ToArray();

        Assert.That(Decode(bytes, out var reason), Is.EqualTo("één € 😀"));
        Assert.That(reason, Is.Null);
    }

    [Test]
    public void Decodes_an_empty_file()
    {
        Assert.That(Decode(Array.Empty<byte>(), out _), Is.Empty);
    }

    [Test]
    public void Refuses_a_NUL_byte_in_the_first_block()
    {
        var bytes = Encoding.UTF8.GetBytes("tekst\0meer");

        Assert.That(Decode(bytes, out var reason), Is.Null);
        Assert.That(reason, Does.Contain("NUL byte at byte 5"));
    }

    [Test]
    public void Accepts_a_NUL_byte_after_the_first_block()
    {
        // Beyond the sniffed block a NUL is just a strange character: the scanner treats it as any other.
        var bytes = Encoding.UTF8.GetBytes(new string('a', TextDecoder.SniffLength) + "\0");

        Assert.That(Decode(bytes, out _), Has.Length.EqualTo(TextDecoder.SniffLength + 1));
    }

    [Test]
    public void Refuses_UTF_16_text()
    {
        var bytes = Encoding.Unicode.GetBytes("tekst");

        Assert.That(Decode(bytes, out var reason), Is.Null);
        Assert.That(reason, Does.Contain("binary"));
    }

    [Test]
    public void Refuses_an_invalid_sequence_anywhere_with_its_byte_offset()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', 20_000)).Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        Assert.That(Decode(bytes, out var reason), Is.Null);
        Assert.That(reason, Does.Contain("invalid byte sequence at byte 20000"));
    }

    [Test]
    public void Refuses_a_sequence_cut_off_at_the_end()
    {
        var bytes = Encoding.UTF8.GetBytes("abc€").SkipLast(1).ToArray();

        Assert.That(Decode(bytes, out var reason), Is.Null);
        Assert.That(reason, Does.Contain("at byte 3"));
    }

    [Test]
    public void Reads_UTF_16_by_its_byte_order_mark_in_either_byte_order()
    {
        var little = TextDecoder.TryDecode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("artikel 6:162 BW")).ToArray(), EncodingPolicy.Utf8, out _);
        var big = TextDecoder.TryDecode(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("art. 3 Sr")).ToArray(), EncodingPolicy.Utf8, out _);

        Assert.That(little?.Text, Is.EqualTo("artikel 6:162 BW"));
        Assert.That(little?.Encoding, Is.SameAs(SourceEncoding.Utf16LittleEndian));
        Assert.That(big?.Text, Is.EqualTo("art. 3 Sr"));
        Assert.That(big?.Encoding, Is.SameAs(SourceEncoding.Utf16BigEndian));
    }

    [Test]
    public void Reads_Windows_1252_when_asked_or_when_detection_finds_no_UTF_8()
    {
        // 0xE9 is é and 0x96 the en dash in Windows-1252; neither is valid UTF-8 here.
        var bytes = new byte[] { 0x63, 0x61, 0x66, 0xE9, 0x20, 0x31, 0x96, 0x32 };

        Assert.That(TextDecoder.TryDecode(bytes, EncodingPolicy.Windows1252, out _)?.Text, Is.EqualTo("café 1\u20132"));
        Assert.That(TextDecoder.TryDecode(bytes, EncodingPolicy.Detect, out _)?.Encoding, Is.SameAs(SourceEncoding.Windows1252));
        Assert.That(TextDecoder.TryDecode(bytes, EncodingPolicy.Utf8, out var reason), Is.Null);
        Assert.That(reason, Does.Contain("is not valid UTF-8 (invalid byte sequence at byte 3)"));
    }

    [Test]
    public void Detection_keeps_valid_UTF_8()
    {
        var decoded = TextDecoder.TryDecode(Encoding.UTF8.GetBytes("één"), EncodingPolicy.Detect, out _);

        Assert.That(decoded?.Text, Is.EqualTo("één"));
        Assert.That(decoded?.Encoding, Is.SameAs(SourceEncoding.Utf8));
    }
}
