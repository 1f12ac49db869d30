using ZiskLlc.Isa;
using ZiskLlc.Riscv;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Riscv.Tests;

/// <summary>
/// The BIOS / init-data / entry layout of spec §5.3–§5.5 and the worked boot-step counts of
/// Appendix B (steps before e_entry = 1 + N + 5).
/// </summary>
public class BootLayoutTests
{
    static readonly string FloatLib = TestPaths.SharedFile("zisk-elfs", "ziskfloat.elf");
    static TranspileOptions WithFloat => new() { FloatLibPath = FloatLib };

    [Theory]
    [InlineData("zec-reth.elf", 25570)]
    [InlineData("my.elf", 1973)]
    public void AppendixBInitCounts(string elf, int n)
    {
        var r = ElfTranspiler.TranspileDetailed(TestPaths.SharedFile("zisk-elfs", elf), WithFloat);
        Assert.Equal(n, r.InitDataCount);
        Assert.Equal(0x1110UL + 4UL * (ulong)n, r.EntryBlockAddress);
        // the call to e_entry is the 5th entry-block step: 1 + N + 5 steps run before e_entry
        var call = r.Program.At(r.EntryBlockAddress + 0x10)!;
        Assert.True(call.SetPc && call.StorePc);
        Assert.Equal(r.Entry, call.B);
    }

    [Fact]
    public void FloatLibraryAloneGives126InitStores()
    {
        var with = ElfTranspiler.TranspileDetailed(TestPaths.SharedFile("zisk-micro", "alu_reg.elf"), WithFloat);
        var without = ElfTranspiler.TranspileDetailed(TestPaths.SharedFile("zisk-micro", "alu_reg.elf"), new());
        Assert.Equal(126, with.InitDataCount - without.InitDataCount);
        Assert.Equal(126, with.InitDataCount); // alu_reg has no data sections
    }

    [Fact]
    public void PrologueAndExitBlockMatchSpecTable()
    {
        var r = ElfTranspiler.TranspileDetailed(TestPaths.SharedFile("zisk-micro", "alu_reg.elf"), WithFloat);
        var p = r.Program;
        var i1000 = p.At(0x1000)!;
        Assert.Equal((Opcode.CopyB, 0x110L, 0x110L, StoreKind.None), (i1000.Op, i1000.JmpOffset1, i1000.JmpOffset2, i1000.Store));
        Assert.True(p.At(0x1004)!.End);
        for (int x = 1; x < 32; x++)
        {
            var save = p.At(0x1008 + 4UL * (ulong)(x - 1))!;
            Assert.Equal((SourceKind.Reg, (ulong)x, StoreKind.Mem, (long)(0xA0001118 + 8 * x)), (save.BSrc, save.B, save.Store, save.StoreOffset));
            var restore = p.At(0x1090 + 4UL * (ulong)(x - 1))!;
            Assert.Equal((SourceKind.Mem, 0xA0001118UL + 8UL * (ulong)x, StoreKind.Reg, (long)x), (restore.BSrc, restore.B, restore.Store, restore.StoreOffset));
        }
        Assert.Equal(0xBFFFFFF0UL, p.At(0x1084)!.B);
        Assert.Equal(0x1090UL, p.At(0x1088)!.B);
        Assert.True(p.At(0x108C)!.SetPc);
        Assert.Equal(0x87F00000UL, p.At(0x108C)!.B);
        Assert.Equal(0xA0001110UL, p.At(0x110C)!.B);

        ulong e = r.EntryBlockAddress;
        Assert.Equal(0x1110UL + 4 * 126, e);
        Assert.Equal(0x1340UL, e + 0x38); // csr.json reports mtvec = 0x1340 for programs without data
        Assert.Equal(e + 0x38, p.At(e + 4)!.B);
        Assert.Equal((Opcode.Eq, 20L, 4L), (p.At(e + 0x20)!.Op, p.At(e + 0x20)!.JmpOffset1, p.At(e + 0x20)!.JmpOffset2));
        Assert.Equal(Opcode.PubOut, p.At(e + 0x28)!.Op);
        Assert.Equal((4L, -16L), (p.At(e + 0x30)!.JmpOffset1, p.At(e + 0x30)!.JmpOffset2));
        Assert.Equal((Opcode.Eq, -36L, 4L, 93UL), (p.At(e + 0x38)!.Op, p.At(e + 0x38)!.JmpOffset1, p.At(e + 0x38)!.JmpOffset2, p.At(e + 0x38)!.B));
        Assert.Null(p.At(e + 0x40));
    }

    [Fact]
    public void InitDataWritesEightBytesPerChunkAndZeroPadsTheLast()
    {
        // sections.elf: .data 21 B → 20 B (PROGBITS truncation) → 3 stores, the last with 4 zero high bytes
        var r = ElfTranspiler.TranspileDetailed(TestPaths.SharedFile("zisk-micro", "sections.elf"), WithFloat);
        var data = r.Program.Segments.Single(s => s.Name == ".data");
        Assert.Equal(20, data.Data.Length);
        var stores = r.Program.Instructions.Where(i => i.Paddr >= 0x1110 && i.Paddr < r.EntryBlockAddress && i.A >= data.Address && i.A < data.End).ToList();
        Assert.Equal(3, stores.Count);
        Assert.All(stores, s => Assert.Equal((StoreKind.Ind, (byte)8, Opcode.CopyB), (s.Store, s.IndWidth, s.Op)));
        Assert.Equal(BitConverter.ToUInt32(data.Data, 16), stores[2].B);
        var bss = r.Program.Segments.Single(s => s.Name == ".bss");
        Assert.Equal(236, bss.Data.Length); // NOBITS 233 B rounded up to 4
    }
}
