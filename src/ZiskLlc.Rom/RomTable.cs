using ZiskLlc.Isa;

namespace ZiskLlc.Rom;

/// <summary>One row of the proof-side ROM table (spec §6.3): the columns ZisK's `Rom` AIR commits to.
/// Offsets are signed; ZisK writes negative values as field negations (Goldilocks).</summary>
public readonly record struct RomRow(
    ulong Line, ulong AOffsetImm0, ulong AImm1, ulong BOffsetImm0, ulong BImm1, ulong IndWidth,
    byte Op, long StoreOffset, long JmpOffset1, long JmpOffset2, ulong Flags);

/// <summary>Builds the proof-side ROM rows of a program (§6.3, flags §6.4).</summary>
public static class RomTable
{
    /// <summary>The rows, in address order.</summary>
    public static IEnumerable<RomRow> Rows(ZiskProgram program) => program.Instructions.Select(Row);

    /// <summary>The row of one instruction: immediates split in 32-bit halves (the high half only for
    /// SRC_IMM), fcall/fcall_get/fcall_param written as copyb (0x01).</summary>
    public static RomRow Row(Instruction i)
    {
        byte op = i.Op is Opcode.Fcall or Opcode.FcallGet or Opcode.FcallParam ? (byte)Opcode.CopyB : (byte)i.Op;
        return new RomRow(
            i.Paddr,
            i.ASrc == SourceKind.Imm ? i.A & 0xFFFFFFFF : i.A,
            i.ASrc == SourceKind.Imm ? i.A >> 32 : 0,
            i.BSrc == SourceKind.Imm ? i.B & 0xFFFFFFFF : i.B,
            i.BSrc == SourceKind.Imm ? i.B >> 32 : 0,
            i.IndWidth, op, i.StoreOffset, i.JmpOffset1, i.JmpOffset2, RomFlags.Compute(i));
    }
}
