using ZiskLlc.Emulator.Statistics;
using ZiskLlc.Isa;
using ZiskLlc.Rom;
using static ZiskLlc.Emulator.Tests.Asm;

namespace ZiskLlc.Emulator.Tests;

/// <summary>The cost model of spec §8 with numbers worked out by hand.</summary>
public class CostTests
{
    static ulong MemCost(Instruction access, params MemorySegment[] segs) =>
        Run(Seq(access, I(Opcode.Flag)), segments: segs).Ok().Costs!.MemoryCost;

    static Instruction ReadAt(ulong addr, byte w) => I(Opcode.CopyB, Im, addr, Ind, 0, w: w);
    static Instruction WriteAt(ulong addr, byte w, ulong value) => I(Opcode.CopyB, Im, addr, Im, value, StoreKind.Ind, 0, w: w);

    [Theory]
    [InlineData(0xA000_0008UL, 8, 16UL)]    // aligned
    [InlineData(0xA000_0009UL, 1, 25UL)]    // byte
    [InlineData(0xA000_0002UL, 2, 106UL)]   // single, not byte
    [InlineData(0xA000_0004UL, 4, 106UL)]
    [InlineData(0xA000_0006UL, 4, 159UL)]   // crossing
    [InlineData(0xA000_0007UL, 2, 159UL)]
    [InlineData(0xA000_0001UL, 8, 159UL)]   // any unaligned 8-byte access crosses
    public void Read_cost_classes(ulong addr, byte width, ulong cost) => Assert.Equal(cost, MemCost(ReadAt(addr, width)));

    [Theory]
    [InlineData(0xA000_0008UL, 8, 0x1234UL, 18UL)]
    [InlineData(0xA000_0009UL, 1, 0xFFUL, 32UL)]     // byte write, value ≤ 0xFF
    [InlineData(0xA000_0009UL, 1, 0x100UL, 106UL)]   // value > 0xFF: not a byte write
    [InlineData(0xA000_0004UL, 4, 1UL, 106UL)]       // QUIRK: read constant 106, not 159
    [InlineData(0xA000_0007UL, 2, 1UL, 159UL)]       // QUIRK: read constant 159, not 265
    [InlineData(0xA000_0003UL, 8, 1UL, 159UL)]
    public void Write_cost_classes(ulong addr, byte width, ulong value, ulong cost) => Assert.Equal(cost, MemCost(WriteAt(addr, width, value)));

    [Fact]
    public void Zones_ROM_and_INPUT_count_and_other_addresses_do_not()
    {
        var rom = new MemorySegment(0x8000_0000, SegmentKind.ReadOnly, new byte[16]);
        var low = new MemorySegment(0x1000_0000, SegmentKind.ReadOnly, new byte[16]);
        Assert.Equal(16UL, MemCost(ReadAt(0x8000_0000, 8), rom));
        Assert.Equal(18UL, MemCost(WriteAt(0x8000_0008, 8, 5), rom));       // QUIRK write into RO, counted in ROM zone
        Assert.Equal(25UL, MemCost(ReadAt(MemoryMap.InputAddr + 3, 1)));
        Assert.Equal(16UL, MemCost(ReadAt(MemoryMap.InputAddr, 8)));
        Assert.Equal(0UL, MemCost(ReadAt(0x1000_0000, 8), low));
        Assert.Equal(0UL, MemCost(WriteAt(0x1000_0001, 1, 5), low));
    }

    [Fact]
    public void A_small_program_costed_by_hand()
    {
        var r = Run(Seq(
            I(Opcode.CopyB, Im, 0, Im, 5, StoreKind.Reg, 1),                              // free
            I(Opcode.Add, R, 1, Im, 1000, StoreKind.Mem, (long)Out),                      // add 25 (b ≥ 386: no frop); write 18
            I(Opcode.Add, R, 1, Im, 3, StoreKind.Reg, 2),                                 // frop: 25 to FROPS
            I(Opcode.CopyB, Im, Out + 1, Ind, 0, StoreKind.Ind, 9, w: 1),                 // byte read 25; byte write (0x03) 32
            I(Opcode.Mul, M, Out, Im, 1000),                                              // read 16; mul 95
            I(Opcode.Flag))).Ok();                                                        // end
        var c = r.Costs!;
        Assert.Equal(6UL, c.Steps);
        Assert.Equal(6UL * 68, c.MainCost);                 // 408
        Assert.Equal(25UL + 95, c.OpcodesCost);             // 120
        Assert.Equal(0UL, c.PrecompiledCost);
        Assert.Equal(18UL + 25 + 32 + 16, c.MemoryCost);    // 91
        Assert.Equal(25UL, c.FropsCost);
        Assert.Equal(293_601_280UL + 408 + 120 + 91, c.TotalCost);
        Assert.Equal(293_601_280UL, c.BaseCost);
        Assert.Equal([new OpcodeCostLine("mul", 1, 95), new OpcodeCostLine("add", 1, 25)], c.ByOpcode);
        Assert.Equal([new OpcodeCostLine("add", 1, 25)], c.FropsByOpcode);
    }

    [Fact]
    public void Zero_cost_opcodes_only_count_their_step_and_halt_is_a_zero_cost_precompile()
    {
        // profile: a = descriptor [string pointer, length] (here an empty tag at OUTPUT_ADDR), b = 1 (start cost).
        var r = Run(Seq(I(Opcode.CopyB), I(Opcode.PubOut, Im, 1, Im, 2), I(Opcode.Profile, Im, Out, Im, 1), I(Opcode.Halt), I(Opcode.Flag)));
        Assert.Equal(RunEnd.Halted, r.End);
        var c = r.Costs!;
        Assert.Equal(BaseAndMain(5), c.TotalCost);
        Assert.Empty(c.ByOpcode);
    }

    [Fact]
    public void Profile_reads_its_descriptor_only_with_statistics()
    {
        var code = Seq(I(Opcode.Profile, Im, 0x9000_0000, Im, 9), I(Opcode.Flag));
        Assert.Equal(RunEnd.Ok, Run(code, stats: false).End);
        var r = Run(code, stats: true);
        Assert.Equal(RunEnd.Fault, r.End);
        Assert.Contains("Mem::read() section not found for addr: 2415919104=90000000 with width: 8", r.Message);
    }

    // ---------------------------------------------------------------- frops (Appendix A)

    public static TheoryData<Opcode, ulong, ulong, bool> FropCases() => new()
    {
        { Opcode.AddW, 385, 385, true }, { Opcode.AddW, 386, 0, false }, { Opcode.AddW, 0, 386, false },
        { Opcode.Leu, 385, 0, true }, { Opcode.LeW, 0, 386, false },
        { Opcode.Eq, 0xFFFFF, 0, true }, { Opcode.Eq, 0x100000, 0, false }, { Opcode.Eq, 400, 1, false },
        { Opcode.Ltu, 0xFFFF_FFFF_FFFF_FF80, 1, true }, { Opcode.Ltu, 0xFFFF_FFFF_FFFF_FF7F, 1, false }, { Opcode.Ltu, 385, 1, true }, { Opcode.Ltu, 386, 1, false },
        { Opcode.Lt, 0xA010_0000 - 15, 0xA010_0000, true }, { Opcode.Lt, 0xA010_0000 - 16, 0xA010_0000, true },
        { Opcode.Lt, 0xA010_0000 - 17, 0xA010_0000, false }, { Opcode.Lt, 0xA011_0000 - 1928, 0xA011_0000, true },
        { Opcode.Lt, 0xA011_0000 - 1936, 0xA011_0000, false }, { Opcode.Lt, 0xA012_0000 - 8, 0xA012_0000, false },
        { Opcode.Lt, 0xA010_0000 - 1, 0xA010_0004, false }, { Opcode.Lt, 0, 0xFFFF, true }, { Opcode.Lt, 0, 0x10000, false },
        { Opcode.Lt, 0xA010_0008, 0xA010_0000, false },
        { Opcode.Add, 0xA010_0000, 0, true }, { Opcode.Add, 0xA010_0004, 0, false }, { Opcode.Add, 0xA01F_FFF8, 0, true }, { Opcode.Add, 0xA020_0000, 0, false },
        { Opcode.Add, 0xA01F_FFFF, 1, true }, { Opcode.Add, 0xA00F_FFFF, 1, false },
        { Opcode.Add, 0x807F_FFF8, 8, true }, { Opcode.Add, 0x8080_0000, 8, false }, { Opcode.Add, 0x8000_0004, 8, false }, { Opcode.Add, 0xA010_0000, 2, false },
        { Opcode.Add, 24627, ulong.MaxValue, true }, { Opcode.Add, 24628, ulong.MaxValue, false },
        { Opcode.Add, 1023, 0xFFFF_FFFF_FFFF_FFF7, true }, { Opcode.Add, 1024, 0xFFFF_FFFF_FFFF_FFF7, false }, { Opcode.Add, 5, 0xFFFF_FFFF_FFFF_FFF6, false },
        { Opcode.And, 0xFFFF_FFFF_FFFF_FFFC, 0x808F_FFFC, true }, { Opcode.And, 0xFFFF_FFFF_FFFF_FFFC, 0x8090_0000, false },
        { Opcode.And, 0xFFFF_FFFF_FFFF_FFFE, 0x8000_0000, false }, // the jalr mask: never a frop (§9.2)
        { Opcode.And, 1023, 0xFFFF_FFFF_FFFF_FFF8, true }, { Opcode.And, 1024, 0xFFFF_FFFF_FFFF_FFF8, false },
        { Opcode.And, 0xA010_0008, 7, true }, { Opcode.And, 0xA010_0009, 7, false },
        { Opcode.Or, 0xFFF, 16, true }, { Opcode.Or, 0x1000, 16, false }, { Opcode.Or, 0xFFF, 17, false },
        { Opcode.Sub, 4191, 8, true }, { Opcode.Sub, 4192, 8, false }, { Opcode.Sub, 4191, 9, false },
        { Opcode.SubW, 0, 0xA01F_FFFC, true }, { Opcode.SubW, 0, 0xA010_0002, false }, { Opcode.SubW, 1, 0xA010_0000, false },
        { Opcode.Xor, 1, ulong.MaxValue, true }, { Opcode.Xor, 2, ulong.MaxValue, false },
        { Opcode.Minu, 1, 1, false }, { Opcode.MaxW, 1, 1, false },
        { Opcode.Sll, 385, 385, true }, { Opcode.SignExtendB, 0, 386, false },
        { Opcode.Srl, 0xFFFF_FFFF_FFFF_F000, 64, true }, { Opcode.Srl, 0xFFFF_FFFF_FFFF_EFFF, 64, false }, { Opcode.Srl, 0xFFFF_FFFF_FFFF_F000, 65, false },
        { Opcode.SrlW, 0xFFFF_FFFF_FFFF_F000, 1, false },
        { Opcode.Mulh, 385, 385, true }, { Opcode.DivW, 386, 1, false }, { Opcode.RemuW, 0, 0, true },
        { Opcode.CopyB, 0, 0, false }, { Opcode.Keccak, 0, 0, false },
    };

    [Theory]
    [MemberData(nameof(FropCases))]
    public void Frop_predicates_at_their_boundaries(Opcode op, ulong a, ulong b, bool frop) => Assert.Equal(frop, Frops.IsFrop(op, a, b));

    [Fact]
    public void A_frop_costs_nothing_in_the_total()
    {
        var frop = Run(Seq(I(Opcode.Sub, Im, 4191, Im, 8), I(Opcode.Flag))).Ok().Costs!;
        var not = Run(Seq(I(Opcode.Sub, Im, 4192, Im, 8), I(Opcode.Flag))).Ok().Costs!;
        Assert.Equal(BaseAndMain(2), frop.TotalCost);
        Assert.Equal(60UL, frop.FropsCost);
        Assert.Equal(BaseAndMain(2) + 60, not.TotalCost);
        Assert.Equal(0UL, not.FropsCost);
    }
}
