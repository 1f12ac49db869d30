using ZiskLlc.Isa;
using ZiskLlc.Rom;
using static ZiskLlc.Emulator.Tests.Asm;

namespace ZiskLlc.Emulator.Tests;

/// <summary>W ops (m32) read only the low words of a and b, whatever the high words hold: ZisK's main AIR
/// sends [a0, (1 − m32)·a1] to the operation bus (state-machines/main/pil/main.pil) and its witness
/// masks a and b the same way (common/src/bus/data_bus_operation.rs), so garbage above bit 31 is
/// provable. The direct route relies on it (srl_w, sra_w, signextend_w, eq_w… on unextended i32 values),
/// as riscv2zisk does with every addiw of a negative register.</summary>
public class WOpLowWordTests
{
    static ulong RunW(Opcode op, ulong a, ulong b) =>
        ZiskEmulator.Run(new ZiskProgram(Seq(
            I(Opcode.CopyB, Im, 0, Im, a, StoreKind.Reg, 1),
            I(op, R, 1, Im, b, StoreKind.Mem, (long)Out),
            I(Opcode.Flag, j1: 0, j2: 0))), new EmulatorOptions()).Ok().Out64(0);

    [Theory]
    [InlineData(Opcode.AddW, 0xdead_0000_0000_0005UL, 0xffff_ffff_ffff_fffdUL, 2UL)]
    [InlineData(Opcode.SignExtendW, 0UL, 0x1234_5678_8000_0001UL, 0xffff_ffff_8000_0001UL)]
    [InlineData(Opcode.SrlW, 0xffff_ffff_8000_0000UL, 4UL, 0x0800_0000UL)]
    [InlineData(Opcode.SraW, 0x0000_0001_8000_0000UL, 4UL, 0xffff_ffff_f800_0000UL)]
    [InlineData(Opcode.EqW, 0xffff_ffff_0000_0007UL, 7UL, 1UL)]
    [InlineData(Opcode.LtW, 0x0000_0001_ffff_ffffUL, 0UL, 1UL)]            // i32 −1 < 0
    [InlineData(Opcode.LtuW, 0xffff_ffff_0000_0001UL, 2UL, 1UL)]
    [InlineData(Opcode.MinW, 0x7fff_ffff_ffff_fff0UL, 5UL, 0xffff_ffff_ffff_fff0UL)]
    [InlineData(Opcode.DivW, 0x1234_0000_ffff_fff8UL, 2UL, 0xffff_ffff_ffff_fffcUL)] // −8 / 2
    [InlineData(Opcode.RemW, 0x0000_0001_0000_0007UL, 0xffff_ffff_ffff_fffdUL, 1UL)] // 7 rem −3
    public void OnlyTheLowWordsCount(Opcode op, ulong a, ulong b, ulong expected) => Assert.Equal(expected, RunW(op, a, b));
}
