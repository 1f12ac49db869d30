namespace ZiskLlc.Isa;

/// <summary>
/// ZisK's cost model constants (spec §8), beside the opcode table so that the emulator's statistics,
/// the ROM validator and the compiler's choices read one definition: the per-step MAIN cost, the
/// constant BASE, the memory access classes of §8.4, and which opcodes can set flag (§3.1). The
/// per-opcode fixed costs are in <see cref="OpcodeTable"/>, the frop predicates in <see cref="Frops"/>.
/// </summary>
public static class CostModel
{
    /// <summary>MAIN cost per step (§8.7).</summary>
    public const ulong MainPerStep = 68;
    /// <summary>BASE = (21 + 55 + 35 + 29) · 2^21 (§8.7).</summary>
    public const ulong Base = (21 + 55 + 35 + 29) << 21;

    // §8.4 memory access classes (emu_costs.rs). QUIRK: non-aligned writes use the READ constants.
    /// <summary>An aligned 8-byte read.</summary>
    public const ulong ReadAligned = 16;
    /// <summary>An aligned 8-byte write.</summary>
    public const ulong WriteAligned = 18;
    /// <summary>A 1-byte read.</summary>
    public const ulong ReadByte = 25;
    /// <summary>A 1-byte write of a value ≤ 0xFF.</summary>
    public const ulong WriteByte = 32;
    /// <summary>Any other access within one 8-byte word (2/4 bytes, or a byte write of a value above 0xFF).</summary>
    public const ulong Single = 53 * 2;
    /// <summary>An access crossing an 8-byte boundary.</summary>
    public const ulong Crossing = 53 * 3;

    /// <summary>Opcodes whose flag can be true (they set it on a result or by definition, §3.1).</summary>
    public static bool CanSetFlag(Opcode op) => op is Opcode.Flag
        or Opcode.Ltu or Opcode.Lt or Opcode.Eq or Opcode.Leu or Opcode.Le
        or Opcode.LtuW or Opcode.LtW or Opcode.EqW or Opcode.LeuW or Opcode.LeW
        or Opcode.Divu or Opcode.Remu or Opcode.Div or Opcode.Rem or Opcode.DivuW or Opcode.RemuW or Opcode.DivW or Opcode.RemW;
}
