using ZiskLlc.Isa;
using static ZiskLlc.Emulator.Tests.Asm;

namespace ZiskLlc.Emulator.Tests;

/// <summary>The step of spec §1.5: sources, stores, pc update, end, halt, step limit, instruction
/// lookup (§6.2).</summary>
public class MachineTests
{
    [Fact]
    public void Every_source_kind()
    {
        var r = Run(Seq(
            I(Opcode.CopyB, Im, 0, Im, 0x1122_3344_5566_7788, StoreKind.Reg, 7),   // x7 = imm (full 64-bit)
            OutWord(0, R, 7),                                                    // SRC_REG
            I(Opcode.CopyB, Im, 0, M, Out),                                      // SRC_MEM → c
            I(Opcode.Add, C, 0, C, 0, StoreKind.Mem, (long)Out + 8),             // SRC_C twice: c + c
            I(Opcode.CopyB, Stp, 0, Im, 0),                                      // a = step (4): c unaffected by a
            I(Opcode.Add, Stp, 0, Im, 0, StoreKind.Mem, (long)Out + 16),         // a = step = 5
            I(Opcode.CopyB, Im, Out + 1, Ind, 2, StoreKind.Mem, (long)Out + 24, w: 2), // b = u16 at Out+3
            I(Opcode.CopyB, Im, Out + 8, Ind, unchecked((ulong)-8L), StoreKind.Mem, (long)Out + 32, w: 1), // negative offset, 1 byte
            I(Opcode.Flag))).Ok();
        Assert.Equal(0x1122_3344_5566_7788UL, r.Out64(0));
        Assert.Equal(0x2244_6688_AACC_EF10UL, r.Out64(1));
        Assert.Equal(5UL, r.Out64(2));
        Assert.Equal(0x4455UL, r.Out64(3));   // bytes 3,4 of 0x1122334455667788 LE: 0x55, 0x44
        Assert.Equal(0x88UL, r.Out64(4));
    }

    [Fact]
    public void Every_store_kind_and_store_pc()
    {
        var r = Run(Seq(
            I(Opcode.CopyB, Im, 0, Im, 0xAABB_CCDD_EEFF_0011, StoreKind.Reg, 3),     // 0x1000 STORE_REG
            I(Opcode.CopyB, Im, Out, R, 3, StoreKind.Ind, 9, w: 4),                  // 0x1004 STORE_IND 4 bytes at Out+9
            I(Opcode.CopyB, Im, 0, Im, 5, StoreKind.None),                           // 0x1008 nothing stored
            I(Opcode.CopyB, Im, 0, Im, 5, StoreKind.Mem, (long)Out + 24, storePc: true, j2: 4), // 0x100c: stores pc + 4
            I(Opcode.Flag, Im, 0, Im, 0, StoreKind.Reg, 4, storePc: true, j1: 8),    // 0x1010: x4 = 0x1010 + 4, jumps +8
            I(Opcode.Halt),                                                          // 0x1014 skipped
            OutWord(4, R, 4),                                                        // 0x1018
            I(Opcode.Flag))).Ok();
        Assert.Equal(0xEEFF_0011UL << 8, r.Out64(1));     // bytes at Out+9..12 → word 1 shifted by one byte
        Assert.Equal(0x1010UL, r.Out64(3));
        Assert.Equal(0x1014UL, r.Out64(4));
        Assert.Equal(RunEnd.Ok, r.End);
    }

    [Fact]
    public void Set_pc_jumps_to_c_plus_jmp_offset1_and_flag_only_affects_its_own_step()
    {
        var r = Run(Seq(
            I(Opcode.CopyB, Im, 0, Im, 0x1010, setPc: true, j1: 4, j2: 400),  // 0x1000 → 0x1014
            I(Opcode.Halt), I(Opcode.Halt), I(Opcode.Halt), I(Opcode.Halt),     // 0x1004..0x1010
            I(Opcode.Eq, Im, 1, Im, 1, j1: 4, j2: 400),                          // 0x1014 flag → 0x1018
            I(Opcode.CopyB, Im, 0, C, 0, StoreKind.Mem, (long)Out, j1: 400, j2: 4), // 0x1018: flag false now → 0x101c; c (=1) persisted
            I(Opcode.Flag))).Ok();
        Assert.Equal(1UL, r.Out64(0));
        Assert.Equal(4UL, r.Steps);
    }

    [Fact]
    public void End_instruction_is_executed_and_counted()
    {
        var r = Run(Seq(I(Opcode.CopyB), OutWord(0, Im, 42))).Ok();
        Assert.Equal(2UL, r.Steps);
        Assert.Equal(42UL, r.Out64(0));
    }

    [Fact]
    public void Halt_sets_error_but_the_run_goes_on_until_end()
    {
        var r = Run(Seq(OutWord(0, Im, 0x1234), I(Opcode.Halt), OutWord(1, Im, 7)));
        Assert.Equal(RunEnd.Halted, r.End);
        Assert.Equal(3UL, r.Steps);
        Assert.Equal(7UL, r.Out64(1));
        Assert.Contains("halt", r.Message);
        // A halted run still reports the figures of every step, the ones after the halt included:
        // 3 steps of MAIN, two aligned 8-byte stores (18 each, §8.4), no opcode cost (copyb and halt cost 0).
        var c = r.Costs!;
        Assert.Equal(3UL, c.Steps);
        Assert.Equal(3 * CostReport.MainPerStep, c.MainCost);
        Assert.Equal(2UL * 18, c.MemoryCost);
        Assert.Equal(0UL, c.OpcodesCost);
        Assert.Equal(CostReport.Base + 3 * CostReport.MainPerStep + 36, c.TotalCost);
    }

    [Fact]
    public void Step_limit_ends_the_run_with_StepLimit()
    {
        var r = Run([I(Opcode.Flag, j1: 0, pc: 0x1000)], maxSteps: 1000);
        Assert.Equal(RunEnd.StepLimit, r.End);
        Assert.Equal(1000UL, r.Steps);
        Assert.Contains("step limit", r.Message);
        Assert.False(r.EndedOk);
    }

    [Fact]
    public void An_empty_slot_spins_without_changing_c_or_flag()
    {
        // 0x1004 has no instruction but lies inside the BIOS array (0x1008 exists): QUIRK §6.2.
        var r = Run([I(Opcode.Flag, pc: 0x1000), I(Opcode.Flag, pc: 0x1008, end: true)], maxSteps: 50);
        Assert.Equal(RunEnd.StepLimit, r.End);
        Assert.Equal(50UL, r.Steps);
        Assert.Contains("0x1004", r.Message);
    }

    [Fact]
    public void A_pc_outside_every_array_faults_when_fetched()
    {
        var r = Run([I(Opcode.Flag, j1: 0x100, pc: 0x1000), I(Opcode.Flag, pc: 0x1004, end: true)]);
        Assert.Equal(RunEnd.Fault, r.End);
        Assert.Equal(1UL, r.Steps);
        Assert.Contains("0x1100", r.Message);
        Assert.Null(r.Costs);
    }

    [Fact]
    public void The_end_instruction_may_jump_anywhere()
    {
        var r = Run([I(Opcode.Flag, j1: 0x7fff_0000, pc: 0x1000, end: true)]).Ok();
        Assert.Equal(1UL, r.Steps);
    }

    [Fact]
    public void A_non_aligned_bios_pc_runs_the_bios_instruction_below_it_at_its_own_pc()
    {
        // QUIRK §6.2: pc 0x1006 (below the program region) indexes BIOS slot (0x1006-0x1000)/4 = 1,
        // the instruction at 0x1004, which stores pc + jmp_offset2 = 0x100c and continues there.
        var r = Run([
            I(Opcode.CopyB, Im, 0, Im, 0x1006, setPc: true, j1: 0, pc: 0x1000),
            I(Opcode.CopyB, Im, 0, Im, 0, StoreKind.Mem, (long)Out, storePc: true, j2: 6, pc: 0x1004), // run at 0x1006
            I(Opcode.Halt, pc: 0x1008),
            I(Opcode.Flag, pc: 0x100c, end: true)]).Ok();
        Assert.Equal(0x100cUL, r.Out64(0));
        Assert.Equal(3UL, r.Steps);
    }

    [Fact]
    public void Program_and_non_aligned_regions_are_indexed_separately()
    {
        var r = Run([
            I(Opcode.Flag, j1: (long)(MemoryMap.RomAddr - 0x1000), pc: 0x1000),
            I(Opcode.Flag, pc: 0x1004, end: true),
            I(Opcode.CopyB, Im, 0, Im, 9, StoreKind.Mem, (long)Out, j2: 6, pc: MemoryMap.RomAddr),         // → +6
            I(Opcode.Flag, j1: -(long)(MemoryMap.RomAddr + 6 - 0x1004), pc: MemoryMap.RomAddr + 6),        // non-aligned
            I(Opcode.Halt, pc: 0x87E0_0000)]).Ok(); // far away: a sparse program region
        Assert.Equal(9UL, r.Out64(0));
        Assert.Equal(4UL, r.Steps);
    }

    [Fact]
    public void A_non_aligned_pc_below_the_lowest_aligned_program_instruction_faults()
    {
        // §6.2: such a pc is looked up in the BIOS array (index (pc - 0x1000) / 4): out of range.
        var r = Run([
            I(Opcode.Flag, j1: (long)(MemoryMap.RomAddr + 2 - 0x1000), pc: 0x1000),
            I(Opcode.Flag, pc: 0x1004, end: true),
            I(Opcode.Flag, pc: MemoryMap.RomAddr + 2),
            I(Opcode.Flag, pc: MemoryMap.RomAddr + 4)]);
        Assert.Equal(RunEnd.Fault, r.End);
        Assert.Contains("0x80000002", r.Message);
    }

    [Fact]
    public void Bad_register_index_faults_when_executed_only()
    {
        var r = Run(Seq(I(Opcode.CopyB, R, 40, Im, 0), I(Opcode.Flag)));
        Assert.Equal(RunEnd.Fault, r.End);
        Assert.Contains("register index 40", r.Message);
        Assert.Contains("pc 0x1000", r.Message);
    }

    [Fact]
    public void Fast_and_statistics_modes_run_the_same_steps()
    {
        var code = Seq(
            I(Opcode.CopyB, Im, 0, Im, 5000, StoreKind.Reg, 1),
            I(Opcode.Sub, R, 1, Im, 1, StoreKind.Reg, 1),
            I(Opcode.Eq, R, 1, Im, 0, j1: 4, j2: -4),
            I(Opcode.Flag));
        var fast = Run(code, stats: false).Ok();
        var slow = Run(code, stats: true).Ok();
        Assert.Equal(1UL + 2 * 5000 + 1, fast.Steps); // copyb, 5000 × (sub, eq), end
        Assert.Equal(fast.Steps, slow.Steps);
        Assert.Equal(fast.Outputs, slow.Outputs);
        Assert.Null(fast.Costs);
        // The statistics run saw every step and every execution: 5000 subs and 5000 eqs, each either
        // costed (COST BY OPCODE) or a frop (FROPS BY OPCODE), never both, never lost. sub(r1, 1) is a
        // frop for r1 < 4192 only, which r1 crosses counting down from 5000 (costed for r1 = 5000 … 4192:
        // 809 times); eq(r1, 0) stays under 2^20: all frops (Appendix A).
        var c = slow.Costs!;
        Assert.Equal(slow.Steps, c.Steps);
        Assert.Equal(slow.Steps * CostReport.MainPerStep, c.MainCost);
        foreach (var op in new[] { "sub", "eq" })
        {
            ulong costed = c.ByOpcode.Where(l => l.Name == op).Aggregate(0UL, (n, l) => n + l.Count);
            ulong frops = c.FropsByOpcode.Where(l => l.Name == op).Aggregate(0UL, (n, l) => n + l.Count);
            Assert.Equal(5000UL, costed + frops);
            Assert.Equal(op == "sub" ? 809UL : 0UL, costed);
        }
        Assert.Equal(c.ByOpcode.Aggregate(0UL, (n, l) => n + l.Cost), c.OpcodesCost);
    }

    [Fact]
    public void Instructions_outside_the_rom_range_are_rejected_at_load()
    {
        var e = Assert.Throws<UserError>(() => Run([I(Opcode.Flag, pc: 0x800, end: true)]));
        Assert.Contains("0x800", e.Message);
    }
}
