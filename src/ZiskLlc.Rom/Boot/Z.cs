using ZiskLlc.Isa;

namespace ZiskLlc.Rom.Boot;

/// <summary>An operand source (kind and value) for <see cref="Z.Make"/>.</summary>
public readonly record struct Src(SourceKind Kind, ulong Value);

/// <summary>A result destination for <see cref="Z.Make"/>.</summary>
public readonly record struct Dst(StoreKind Kind, long Offset);

/// <summary>
/// Builds ZisK instructions the way riscv2zisk's `ZiskInstBuilder` does, including its register
/// normalisations (spec §1.8): register 0 as a source becomes immediate 0, as a destination no store
/// at all (and no link store); registers ≥ 32 become 8-byte memory words at 0xA0000000 + 8·r.
/// </summary>
public static class Z
{
    /// <summary>Register r as a source (§1.8).</summary>
    public static Src R(long r) => r == 0 ? new(SourceKind.Imm, 0)
        : r is >= 1 and <= 31 ? new(SourceKind.Reg, (ulong)r) : new(SourceKind.Mem, MemoryMap.RamAddr + 8UL * (ulong)r);
    /// <summary>A 64-bit immediate (negative values as two's complement, §1.6).</summary>
    public static Src I(ulong v) => new(SourceKind.Imm, v);
    /// <summary>A 64-bit immediate from a signed value.</summary>
    public static Src I(long v) => new(SourceKind.Imm, (ulong)v);
    /// <summary>Immediate 0.</summary>
    public static readonly Src I0 = new(SourceKind.Imm, 0);
    /// <summary>An 8-byte memory word at an absolute address.</summary>
    public static Src M(ulong addr) => new(SourceKind.Mem, addr);
    /// <summary>The previous step's c.</summary>
    public static readonly Src C = new(SourceKind.LastC, 0);
    /// <summary>Indirect read at a + offset (b only).</summary>
    public static Src Ind(long offset) => new(SourceKind.Ind, (ulong)offset);

    /// <summary>No store.</summary>
    public static readonly Dst None = new(StoreKind.None, 0);
    /// <summary>Register r as a destination (§1.8; r = 0 drops the store).</summary>
    public static Dst ToR(long r) => r == 0 ? None
        : r is >= 1 and <= 31 ? new(StoreKind.Reg, r) : new(StoreKind.Mem, (long)MemoryMap.RamAddr + 8 * r);
    /// <summary>An 8-byte memory word at an absolute address.</summary>
    public static Dst ToM(ulong addr) => new(StoreKind.Mem, (long)addr);
    /// <summary>Indirect store at a + offset.</summary>
    public static Dst ToInd(long offset) => new(StoreKind.Ind, offset);

    /// <summary>One instruction. A link store (<paramref name="storePc"/>) is dropped with the store itself.</summary>
    public static Instruction Make(ulong paddr, Opcode op, Src a, Src b, Dst d, long j1, long j2,
        bool storePc = false, bool setPc = false, byte width = 0, bool end = false) => new()
        {
            Paddr = paddr,
            ASrc = a.Kind, A = a.Value,
            BSrc = b.Kind, B = b.Value,
            IndWidth = width,
            Op = op,
            Store = d.Kind, StoreOffset = d.Offset,
            StorePc = storePc && d.Kind != StoreKind.None,
            SetPc = setPc,
            JmpOffset1 = j1, JmpOffset2 = j2,
            End = end,
        };
}
