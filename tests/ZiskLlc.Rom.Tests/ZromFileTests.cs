using CsCheck;
using ZiskLlc.Isa;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Rom.Tests;

/// <summary>The .zrom format: exact round trips, and one clear UserError for every kind of damage.</summary>
public class ZromFileTests
{
    static void AssertSame(ZiskProgram a, ZiskProgram b)
    {
        Assert.Equal(a.Instructions, b.Instructions);
        Assert.Equal(a.Origin, b.Origin);
        Assert.Equal(a.Symbols, b.Symbols);
        Assert.Equal(a.Segments.Count, b.Segments.Count);
        for (int i = 0; i < a.Segments.Count; i++)
        {
            Assert.Equal(a.Segments[i].Address, b.Segments[i].Address);
            Assert.Equal(a.Segments[i].Kind, b.Segments[i].Kind);
            Assert.Equal(a.Segments[i].Name, b.Segments[i].Name);
            Assert.Equal(a.Segments[i].Data, b.Segments[i].Data);
        }
    }

    [Fact]
    public void WriteThenReadGivesTheSameProgram() =>
        Generators.Program.Sample(p => AssertSame(p, ZromFile.FromBytes(ZromFile.ToBytes(p))), iter: 500);

    [Fact]
    public void FileRoundTripIsByteStable()
    {
        var dir = Directory.CreateTempSubdirectory("zrom-test-");
        try
        {
            Generators.Program.Sample(p =>
            {
                var path = Path.Combine(dir.FullName, Guid.NewGuid().ToString("N") + ".zrom");
                ZromFile.Write(path, p);
                var bytes = File.ReadAllBytes(path);
                Assert.Equal(bytes, ZromFile.ToBytes(ZromFile.Read(path)));
            }, iter: 50);
            Assert.Empty(Directory.GetFiles(dir.FullName, "*.tmp"));   // no temporary files left behind
            Assert.Equal(50, Directory.GetFiles(dir.FullName, "*.zrom").Length);
        }
        finally { dir.Delete(true); }
    }

    static byte[] Sample() => ZromFile.ToBytes(new ZiskProgram(
        [
            new Instruction { Paddr = 0x1000, Op = Opcode.CopyB, JmpOffset1 = 4, JmpOffset2 = 4 },
            new Instruction { Paddr = 0x1004, Op = Opcode.CopyB, End = true },
        ],
        [new MemorySegment(0x80000000, SegmentKind.ReadOnly, [1, 2, 3, 4, 5, 6, 7, 8], ".rodata")],
        [new Symbol("main", 0x1000, 0x1008)], "test"));

    static string Fails(byte[] bytes) => Assert.Throws<UserError>(() => ZromFile.FromBytes(bytes, "t.zrom")).Message;

    [Fact]
    public void RejectsBadMagicAndVersion()
    {
        Assert.Contains("bad magic", Fails([]));
        Assert.Contains("bad magic", Fails("\u007FELF and more"u8.ToArray()));
        var b = Sample();
        b[4] = 9;
        Assert.Contains("unsupported .zrom version 9", Fails(b));
    }

    [Fact]
    public void EveryTruncationIsOneClearError()
    {
        var b = Sample();
        for (int n = 0; n < b.Length; n++)
        {
            var msg = Fails(b[..n]);
            Assert.StartsWith("t.zrom: ", msg);
        }
    }

    [Fact]
    public void RejectsTrailingBytes() => Assert.Contains("unexpected bytes after the symbol table", Fails([.. Sample(), 0]));

    [Fact]
    public void RejectsUnknownCodes()
    {
        int row0 = 4 + 2 + 2 + 16 + "test".Length;          // header, then the first row
        var b = Sample(); b[row0 + 48] = 0x08;                 // op byte: 0x08 is reserved
        Assert.Contains("unknown opcode 0x08", Fails(b));
        b = Sample(); b[row0 + 49] = 4;                        // a source code 4 (SRC_SP) does not exist
        Assert.Contains("unknown a source code 4", Fails(b));
        b = Sample(); b[row0 + 51] = 7;
        Assert.Contains("unknown store code 7", Fails(b));
        b = Sample(); b[row0 + 53] = 0x80;
        Assert.Contains("unknown flag bits", Fails(b));
    }

    [Fact]
    public void RejectsUnsortedRowsAndHugeCounts()
    {
        int row1 = 4 + 2 + 2 + 16 + "test".Length + ZromFile.RowSize;
        var b = Sample();
        BitConverter.TryWriteBytes(b.AsSpan(row1), 0x1000UL);  // second row at the first one's address
        Assert.Contains("increasing address order", Fails(b));
        b = Sample();
        BitConverter.TryWriteBytes(b.AsSpan(8), 0x7FFFFFFFu);   // instruction count
        Assert.Contains("does not fit", Fails(b));
    }

    /// <summary>Found by the reader fuzzer: a segment or symbol count near 2^32 was an OverflowException
    /// (exit 70) allocating its array; it must be a user error naming both counts.</summary>
    [Theory]
    [InlineData(12, 0xFFFFFFFFu)]
    [InlineData(12, 0x80000000u)]
    [InlineData(16, 0xFFFFFFFFu)]
    [InlineData(16, 0x80000000u)]
    [InlineData(16, 1000u)]
    public void RejectsSegmentAndSymbolCountsTheFileCannotHold(int field, uint count)
    {
        var b = Sample();
        BitConverter.TryWriteBytes(b.AsSpan(field), count);
        Assert.Matches(@"^t\.zrom: \d+ segments and \d+ symbols do not fit in the \d+ bytes left after the instruction rows", Fails(b));
    }
}
