using ZiskLlc.Isa;
using ZiskLlc.Riscv.Elf;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Riscv.Tests;

/// <summary>Bad ELF input gives one clear UserError naming the file and the problem; transpile-time panics of riscv2zisk too.</summary>
public class ElfErrorTests
{
    static byte[] Real() => File.ReadAllBytes(TestPaths.SharedFile("zisk-micro", "alu_reg.elf"));

    static string Err(byte[] bytes) => Assert.Throws<UserError>(() => ElfFile.Parse("x.elf", bytes)).Message;

    [Fact]
    public void RejectsBadHeaders()
    {
        Assert.Contains("not an ELF", Err("hello world, not an elf"u8.ToArray()));
        var b = Real(); b[4] = 1;
        Assert.Contains("32-bit", Err(b));
        b = Real(); b[5] = 2;
        Assert.Contains("big-endian", Err(b));
        b = Real(); b[18] = 62; b[19] = 0;
        Assert.Contains("not RISC-V", Err(b));
        Assert.Contains("truncated", Err(Real()[..40]));
        var cut = Real()[..0x200];
        var msg = Err(cut);
        Assert.StartsWith("x.elf: ", msg);
        Assert.Contains("truncated", msg);
    }

    /// <summary>Found while fuzzing the readers: a .bss of 496 MiB (inside RAM) made the transpiler
    /// allocate it and emit an init-data store per 8 bytes until it ran out of memory (14 GB, exit 70).
    /// More data than one ROM can initialise (§5.4, §6.3) is now refused before anything is allocated.</summary>
    [Fact]
    public void DataTooBigForOneRomIsRefusedBeforeItIsAllocated()
    {
        var b = File.ReadAllBytes(TestPaths.SharedFile("zisk-micro", "sections.elf"));
        var bss = ElfFile.Parse("s.elf", b).Sections.Single(s => s.Name == ".bss");
        int at = (int)BitConverter.ToUInt64(b, 40) + 64 * bss.Index + 32;
        BitConverter.TryWriteBytes(b.AsSpan(at), 0x1F000000UL);
        var e = Assert.Throws<UserError>(() => new ZiskLlc.Riscv.Transpile.ElfPayload(ElfFile.Parse("s.elf", b)));
        Assert.Equal($"s.elf: section .bss at 0x{bss.Addr:x} (520093696 bytes) brings the program's data to more than 33554432 bytes, " +
            "which need more init-data instructions than the 4194304 rows a ZisK ROM holds (§5.4, §6.3)", e.Message);
    }

    [Fact]
    public void ReadsSectionsProgramHeadersAndSymbols()
    {
        var elf = ElfFile.Load(TestPaths.SharedFile("zisk-micro", "sections.elf"));
        Assert.Equal(0x80000000UL, elf.Entry);
        var text = elf.Sections.Single(s => s.Name == ".text");
        Assert.True(text.IsExec && text.IsAlloc && !text.IsWrite);
        Assert.Equal(ElfSection.NoBits, elf.Sections.Single(s => s.Name == ".bss").Type);
        Assert.NotEmpty(elf.ProgramHeaders);
        Assert.Contains(elf.Symbols, s => s.Name == "_start");
    }

    [Fact]
    public void ImmediateMemsetPatternFailsAtTranspileTime()
    {
        // zisk-micro/panic_memset_imm: ziskemu v0.18 panics while transpiling (assertion on inst_size)
        var path = TestPaths.SharedFile("zisk-micro", "panic_memset_imm.elf");
        var e = Assert.Throws<UserError>(() => ElfTranspiler.Transpile(path, new TranspileOptions()));
        Assert.Contains(path, e.Message);
        Assert.Contains("csrrsi", e.Message);
    }

    [Fact]
    public void MissingFilesAreNamed()
    {
        Assert.Contains("nope.elf", Assert.Throws<UserError>(() => ElfTranspiler.Transpile("nope.elf", new())).Message);
        var e = Assert.Throws<UserError>(() => ElfTranspiler.Transpile(TestPaths.SharedFile("zisk-micro", "alu_reg.elf"), new() { FloatLibPath = "nolib.elf" }));
        Assert.Contains("nolib.elf", e.Message);
    }

    [Fact]
    public void SymbolsOfBothPayloadsArePrefixed()
    {
        var p = ElfTranspiler.Transpile(TestPaths.SharedFile("zisk-micro", "alu_reg.elf"),
            new() { FloatLibPath = TestPaths.SharedFile("zisk-elfs", "ziskfloat.elf") });
        Assert.Contains(p.Symbols, s => s.Name == "ziskfloat:.text" && s.Start == 0x87F00000);
        Assert.Contains(p.Symbols, s => s.Name == "_start");
        Assert.Contains(p.Segments, s => s.Kind == ZiskLlc.Rom.SegmentKind.ReadOnly && s.Address == 0x87F17408 && s.Data.Length == 992);
    }
}

/// <summary>The disasm listing pairs each RISC-V instruction with its ZisK instructions.</summary>
public class ElfListingTests
{
    [Fact]
    public void ListsRiscvThenZisk()
    {
        var w = new StringWriter();
        ElfListing.Write(TestPaths.SharedFile("zisk-micro", "branches.elf"), new(), w);
        var lines = w.ToString().Split('\n');
        int k = Array.FindIndex(lines, l => l.StartsWith("80000000: 0a001437  lui s0, 0xa001", StringComparison.Ordinal));
        Assert.True(k >= 0, w.ToString()[..Math.Min(2000, w.ToString().Length)]);
        Assert.Equal("    80000000  copyb imm:0, imm:0xa001000 -> r8 j(4, 4)", lines[k + 1]);
        Assert.Contains(lines, l => l.Contains("eq r17, imm:93", StringComparison.Ordinal)); // BIOS trap handler
    }
}
