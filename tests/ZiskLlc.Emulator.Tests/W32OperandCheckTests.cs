using ZiskLlc.Isa;
using ZiskLlc.Rom;
using static ZiskLlc.Emulator.Tests.Asm;

namespace ZiskLlc.Emulator.Tests;

/// <summary>The opt-in §9.3 check (<see cref="EmulatorOptions.CheckW32Operands"/>): a W op (m32)
/// whose a or b has a non-zero high word faults, naming the op; clean operands run as before, with
/// the same result, steps and costs; without the option nothing is checked (ziskemu's behaviour).</summary>
public class W32OperandCheckTests
{
    static RunResult RunW(bool check, bool stats, ulong a, ulong b, Opcode op = Opcode.AddW) =>
        ZiskEmulator.Run(new ZiskProgram(Seq(
            I(Opcode.CopyB, Im, 0, Im, a, StoreKind.Reg, 1),
            I(op, R, 1, Im, b, StoreKind.Mem, (long)Out),
            I(Opcode.Flag, j1: 0, j2: 0))), new EmulatorOptions { Statistics = stats, CheckW32Operands = check });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void HighWordInAFaultsOnlyWhenChecked(bool stats)
    {
        var bad = RunW(true, stats, 0x1_0000_0005, 3);
        Assert.Equal(RunEnd.Fault, bad.End);
        Assert.Contains("add_w", bad.Message);
        Assert.Contains("§9.3", bad.Message);
        var unchecked_ = RunW(false, stats, 0x1_0000_0005, 3).Ok();
        Assert.Equal(8UL, unchecked_.Out64(0));
    }

    [Fact]
    public void HighWordInBFaults()
    {
        Assert.Equal(RunEnd.Fault, RunW(true, false, 5, ulong.MaxValue).End); // addiw x, -1 as riscv2zisk makes it
        Assert.Equal(RunEnd.Fault, RunW(true, false, 0, 0xFFFF_FFFF_8000_0000, Opcode.SignExtendW).End);
        Assert.Equal(RunEnd.Fault, RunW(true, false, 1UL << 63, 1, Opcode.SllW).End);
    }

    [Fact]
    public void NonWOpsAreNotChecked() => Assert.Equal(0x1_0000_0008UL, RunW(true, false, 0x1_0000_0005, 3, Opcode.Add).Ok().Out64(0));

    [Fact]
    public void CleanOperandsGiveTheSameResultStepsAndCosts()
    {
        var on = RunW(true, true, 0xFFFF_FFFF, 0x8000_0000, Opcode.MulW).Ok();
        var off = RunW(false, true, 0xFFFF_FFFF, 0x8000_0000, Opcode.MulW).Ok();
        Assert.Equal(off.Out64(0), on.Out64(0));
        Assert.Equal(0xFFFF_FFFF_8000_0000UL, on.Out64(0)); // sx32(-1 · MIN32) = sx32(0x80000000)
        Assert.Equal(off.Steps, on.Steps);
        Assert.Equal(off.Costs!.TotalCost, on.Costs!.TotalCost);
        Assert.Equal(off.Costs.ByOpcode, on.Costs.ByOpcode);
        Assert.Contains(on.Costs.ByOpcode, l => l.Name == "mul_w");
    }
}
