using ZiskLlc.Isa;

namespace ZiskLlc.Rom.Tests;

/// <summary>Each validator rule: a program that keeps it and one that breaks it.</summary>
public class ValidatorTests
{
    static readonly Instruction Entry = new() { Paddr = 0x1000, Op = Opcode.CopyB, JmpOffset1 = 8, JmpOffset2 = 8 };
    static readonly Instruction Exit = new() { Paddr = 0x1004, Op = Opcode.CopyB, End = true };

    /// <summary>Entry, exit, then <paramref name="i"/> at 0x1008 falling through to an instruction at 0x100c that jumps to the exit.</summary>
    static IReadOnlyList<RomViolation> Check(Instruction i, params MemorySegment[] segments) => RomValidator.Validate(new ZiskProgram(
        [Entry, Exit, i with { Paddr = 0x1008 }, new Instruction { Paddr = 0x100c, Op = Opcode.CopyB, JmpOffset1 = -8, JmpOffset2 = -8 }], segments));

    static readonly Instruction Ok = new() { Op = Opcode.Add, ASrc = SourceKind.Reg, A = 1, BSrc = SourceKind.Imm, B = 5, Store = StoreKind.Reg, StoreOffset = 2, JmpOffset1 = 4, JmpOffset2 = 4 };

    /// <summary>The rule is reported, with that severity, at that address (the instruction under test
    /// sits at 0x1008; a segment's violation is at the segment's address), and in the text form too.</summary>
    static void Breaks(string rule, IReadOnlyList<RomViolation> v, Severity s = Severity.Error, ulong at = 0x1008)
    {
        Assert.True(v.Any(x => x.Rule == rule && x.Severity == s && x.Address == at),
            $"expected {s} [{rule}] at 0x{at:x}; got: {string.Join("; ", v)}");
        Assert.Contains(v, x => x.ToString().StartsWith($"0x{at:x8}: {(s == Severity.Error ? "error" : "warning")}: ", StringComparison.Ordinal) && x.ToString().EndsWith($"[{rule}]", StringComparison.Ordinal));
    }

    [Fact]
    public void AValidProgramHasNoViolation() => Assert.Empty(Check(Ok));

    [Fact]
    public void EntryAndExitAreRequired()
    {
        var v = RomValidator.Validate(new ZiskProgram([Ok with { Paddr = 0x2000 }]));
        Assert.Contains(v, x => x.Rule == "entry" && x.Address == 0x1000);
        Assert.Contains(v, x => x.Rule == "exit" && x.Address == 0x1004);
    }

    [Fact]
    public void SourceKinds()
    {
        Breaks("source", Check(Ok with { ASrc = SourceKind.Step }));
        Breaks("source", Check(Ok with { BSrc = SourceKind.Step }));
        Breaks("source", Check(Ok with { ASrc = SourceKind.Ind, IndWidth = 8 }));
        Assert.Empty(Check(Ok with { BSrc = SourceKind.Ind, IndWidth = 8, B = unchecked((ulong)-8L) }));
    }

    [Fact]
    public void Registers()
    {
        Breaks("register", Check(Ok with { A = 32 }));
        Breaks("register", Check(Ok with { StoreOffset = 40 }));
        Assert.Empty(Check(Ok with { A = 31, StoreOffset = 31 }));
    }

    [Fact]
    public void IndWidth()
    {
        Breaks("ind-width", Check(Ok with { BSrc = SourceKind.Ind, IndWidth = 0 }));
        Breaks("ind-width", Check(Ok with { Store = StoreKind.Ind, IndWidth = 3 }));
        Breaks("ind-width", Check(Ok with { IndWidth = 4 }), Severity.Warning);
    }

    [Fact]
    public void AddressesBelow2To32()
    {
        Breaks("address-32", Check(Ok with { ASrc = SourceKind.Mem, A = 1UL << 32 }));
        Breaks("address-32", Check(Ok with { Store = StoreKind.Mem, StoreOffset = 1L << 33 }));
        Breaks("address-32", Check(Ok with { StorePc = true, JmpOffset2 = 1L << 32 }));
        Assert.Empty(Check(Ok with { ASrc = SourceKind.Mem, A = 0xA0000000, Store = StoreKind.Mem, StoreOffset = 0xA0000008 }));
    }

    [Fact]
    public void FlagAndSetPcNeverTogether()
    {
        Breaks("flag-set-pc", Check(Ok with { Op = Opcode.Eq, SetPc = true }));
        Breaks("flag-set-pc", Check(Ok with { Op = Opcode.Divu, SetPc = true }));   // flag on division by zero
        Breaks("flag-set-pc", Check(Ok with { Op = Opcode.Flag, SetPc = true }));
        Assert.DoesNotContain(Check(Ok with { Op = Opcode.CopyB, SetPc = true }), x => x.Rule == "flag-set-pc");
        Assert.DoesNotContain(Check(Ok with { Op = Opcode.And, SetPc = true }), x => x.Rule == "flag-set-pc");
    }

    [Fact]
    public void EndOnlyAtExit()
    {
        Breaks("end", Check(Ok with { End = true }));
        Breaks("halt", Check(Ok with { Op = Opcode.Halt, End = true }), Severity.Warning);
        Assert.DoesNotContain(Check(Ok with { Op = Opcode.Halt, End = true }), x => x.Rule == "end");
    }

    [Fact]
    public void InstructionAddressRange()
    {
        var v = RomValidator.Validate(new ZiskProgram([Entry, Exit, Ok with { Paddr = 0x88000000 }]));
        Assert.Contains(v, x => x.Rule == "address" && x.Address == 0x88000000);
    }

    [Fact]
    public void JumpTargetsWithoutInstructionsAreWarnings()
    {
        Breaks("jump-target", Check(Ok with { JmpOffset2 = 0x100 }), Severity.Warning);
        Breaks("jump-target", Check(Ok with { Op = Opcode.Eq, JmpOffset1 = 0x100 }), Severity.Warning);
    }

    [Fact]
    public void Segments()
    {
        Breaks("segment", Check(Ok, new MemorySegment(0x80000004, SegmentKind.ReadOnly, [1], "ro")), at: 0x80000004);
        Breaks("segment", Check(Ok, new MemorySegment(0x80000000, SegmentKind.ReadWrite, [1], "rw")), at: 0x80000000);
        Breaks("segment", Check(Ok, new MemorySegment(0xA0000000, SegmentKind.ReadWrite, new byte[16], "a"), new MemorySegment(0xA0000008, SegmentKind.ReadWrite, [1], "b")), at: 0xA0000008);
        Breaks("segment", Check(Ok, new MemorySegment(0xA0000000, SegmentKind.ReadOnly, new byte[16], "a"), new MemorySegment(0xA0000008, SegmentKind.ReadWrite, [1], "b")), Severity.Warning, at: 0xA0000008);
        Breaks("segment", Check(Ok, new MemorySegment(0xFFFFFFF8, SegmentKind.ReadOnly, new byte[16], "high")), at: 0xFFFFFFF8);
        Assert.Empty(Check(Ok, new MemorySegment(0x80000000, SegmentKind.ReadOnly, new byte[8], "ro"), new MemorySegment(0xA0030000, SegmentKind.ReadWrite, [1], "rw")));
    }

    [Fact]
    public void TooManyRows()
    {
        var many = Enumerable.Range(0, MemoryMap.MaxRomRows + 1).Select(k => new Instruction { Paddr = 0x80000000 + 4 * (ulong)k, JmpOffset1 = 4, JmpOffset2 = 4 });
        var v = RomValidator.Validate(new ZiskProgram(many.Prepend(Exit).Prepend(Entry)));
        Breaks("rom-size", v, at: 0);
    }

    [Fact]
    public void RomRowsSplitImmediatesAndRecordFcallAsCopyb()
    {
        var i = new Instruction { Paddr = 0x80000000, ASrc = SourceKind.Imm, A = 0x1234567890, BSrc = SourceKind.Mem, B = 0x40000000, Op = Opcode.FcallGet };
        var r = RomTable.Row(i);
        Assert.Equal(0x34567890UL, r.AOffsetImm0);
        Assert.Equal(0x12UL, r.AImm1);
        Assert.Equal(0x40000000UL, r.BOffsetImm0);
        Assert.Equal(0UL, r.BImm1);
        Assert.Equal((byte)Opcode.CopyB, r.Op);
    }

    /// <summary>W ops take any operand (the main AIR clears the high words itself, main.pil): riscv2zisk's
    /// negative addiw immediates and the direct route's unextended words are no violation.</summary>
    [Fact]
    public void WOpsTakeAnyImmediate()
    {
        Assert.Empty(Check(Ok with { Op = Opcode.AddW, B = ulong.MaxValue }));
        Assert.Empty(Check(Ok with { Op = Opcode.SignExtendW, ASrc = SourceKind.Imm, A = 1UL << 32 }));
    }
}
