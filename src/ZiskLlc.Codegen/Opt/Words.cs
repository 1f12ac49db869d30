using ZiskLlc.Codegen.Mir;
using ZiskLlc.Isa;

namespace ZiskLlc.Codegen.Opt;

/// <summary>What the machine-IR passes may assume about memory words (absolute 8-byte operands).</summary>
static class Words
{
    /// <summary>One plain ALU step: its only memory effects are its operands and its destination
    /// (no DMA, precompile, fcall, halt or pseudo instruction).</summary>
    public static bool IsAlu(MInst i) => i.Kind == MKind.Op && OpcodeTable.Get(i.Op) is { IsPrecompiled: false } info
        && info.Type is OpType.Internal or OpType.Arith or OpType.Binary or OpType.BinaryE && i.Op != Opcode.Halt;

    /// <summary>Whether two 8-byte absolute words may overlap: distinct symbols are distinct objects; a
    /// symbol against a plain address is assumed to overlap.</summary>
    public static bool MayOverlap(Operand a, Operand b)
    {
        if (a.Sym != b.Sym) return a.Sym is null || b.Sym is null;
        long x = (long)a.Value, y = (long)b.Value;
        return x < y + 8 && y < x + 8;
    }
}
