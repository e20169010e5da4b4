using System.Text;
using Citaties.Cli.Inputs;

namespace Citaties.Cli.Tests.Inputs;

[TestFixture]
public class Utf8TextTests
{
    [Test]
    public void Decodes_UTF_8_and_drops_a_byte_order_mark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("één € 😀")).ToArray();

        Assert.That(Utf8Text.TryDecode(bytes, out var reason), Is.EqualTo("één € 😀"));
        Assert.That(reason, Is.Null);
    }

    [Test]
    public void Decodes_an_empty_file()
    {
        Assert.That(Utf8Text.TryDecode(ReadOnlySpan<byte>.Empty, out _), Is.Empty);
    }

    [Test]
    public void Refuses_a_NUL_byte_in_the_first_block()
    {
        var bytes = Encoding.UTF8.GetBytes("tekst\0meer");

        Assert.That(Utf8Text.TryDecode(bytes, out var reason), Is.Null);
        Assert.That(reason, Does.Contain("NUL byte at byte 5"));
    }

    [Test]
    public void Accepts_a_NUL_byte_after_the_first_block()
    {
        // Beyond the sniffed block a NUL is just a strange character: the scanner treats it as any other.
        var bytes = Encoding.UTF8.GetBytes(new string('a', Utf8Text.SniffLength) + "\0");

        Assert.That(Utf8Text.TryDecode(bytes, out _), Has.Length.EqualTo(Utf8Text.SniffLength + 1));
    }

    [Test]
    public void Refuses_UTF_16_text()
    {
        var bytes = Encoding.Unicode.GetBytes("tekst");

        Assert.That(Utf8Text.TryDecode(bytes, out var reason), Is.Null);
        Assert.That(reason, Does.Contain("binary"));
    }

    [Test]
    public void Refuses_an_invalid_sequence_anywhere_with_its_byte_offset()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', 20_000)).Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        Assert.That(Utf8Text.TryDecode(bytes, out var reason), Is.Null);
        Assert.That(reason, Does.Contain("invalid byte sequence at byte 20000"));
    }

    [Test]
    public void Refuses_a_sequence_cut_off_at_the_end()
    {
        var bytes = Encoding.UTF8.GetBytes("abc€").SkipLast(1).ToArray();

        Assert.That(Utf8Text.TryDecode(bytes, out var reason), Is.Null);
        Assert.That(reason, Does.Contain("at byte 3"));
    }
}
