using System.Globalization;

namespace ZiskLlc.Codegen.Mir;

/// <summary>The kinds of a machine operand: ZisK's own sources and stores (spec §1.3, §1.4) plus
/// the virtual forms the allocator and the emitter resolve.</summary>
public enum OpKind : byte
{
    /// <summary>No operand (no store, or an unused source: emitted as immediate 0).</summary>
    None,
    /// <summary>A virtual register; the allocator replaces it by <see cref="Reg"/> or <see cref="Mem"/>.</summary>
    VReg,
    /// <summary>A physical register x1..x31 (SRC_REG / STORE_REG).</summary>
    Reg,
    /// <summary>A 64-bit immediate: <see cref="Operand.Value"/>, plus the address of <see cref="Operand.Sym"/> when set.</summary>
    Imm,
    /// <summary>An 8-byte memory word at the absolute address Value (+ the address of Sym when set): SRC_MEM / STORE_MEM.</summary>
    Mem,
    /// <summary>The previous step's c (SRC_C).</summary>
    LastC,
    /// <summary>Indirect: Width bytes at a + Value (+ Sym) — SRC_IND as b, STORE_IND as the destination. The base is always operand a.</summary>
    Ind,
}

/// <summary>
/// A machine operand. Folding an immediate or a memory operand into an instruction is a rewrite of
/// one operand (spec §9.4): every position of a ZisK instruction takes any kind, except that
/// <see cref="OpKind.Ind"/> reads and writes are based on operand a.
/// </summary>
public readonly record struct Operand(OpKind Kind, ulong Value = 0, string? Sym = null, byte Width = 0)
{
    public static readonly Operand None = new(OpKind.None);
    public static readonly Operand Zero = new(OpKind.Imm, 0);
    public static readonly Operand C = new(OpKind.LastC);
    public static Operand Imm(ulong v) => new(OpKind.Imm, v);
    public static Operand Imm(long v) => new(OpKind.Imm, (ulong)v);
    /// <summary>The address of a symbol plus an offset, as an immediate.</summary>
    public static Operand Addr(string sym, long off = 0) => new(OpKind.Imm, (ulong)off, sym);
    public static Operand V(int vreg) => new(OpKind.VReg, (ulong)vreg);
    public static Operand R(int reg) => new(OpKind.Reg, (ulong)reg);
    public static Operand M(ulong addr) => new(OpKind.Mem, addr);
    public static Operand M(string sym, long off) => new(OpKind.Mem, (ulong)off, sym);
    public static Operand Ind(long off, int width, string? sym = null) => new(OpKind.Ind, (ulong)off, sym, (byte)width);

    public bool IsVReg => Kind == OpKind.VReg;
    public int VRegId => Kind == OpKind.VReg ? (int)Value : throw new InvalidOperationException($"{this} is not a virtual register");
    /// <summary>An immediate with no symbol: its value is known now.</summary>
    public bool IsConst => Kind == OpKind.Imm && Sym is null;
    /// <summary>An immediate whose value is an address known only at layout (symbol + offset).</summary>
    public bool IsSymImm => Kind == OpKind.Imm && Sym is not null;
    /// <summary>Any immediate (constant or symbolic).</summary>
    public bool IsImm => Kind == OpKind.Imm;
    public long Signed => (long)Value;

    public override string ToString() => Kind switch
    {
        OpKind.None => "_",
        OpKind.VReg => $"%v{Value}",
        OpKind.Reg => $"x{Value}",
        OpKind.Imm => Sym is null ? Num(Value) : $"&{Sym}{Off((long)Value)}",
        OpKind.Mem => Sym is null ? $"[{Num(Value)}]" : $"[&{Sym}{Off((long)Value)}]",
        OpKind.LastC => "c",
        OpKind.Ind => $"[a{(Sym is null ? "" : "+&" + Sym)}{Off((long)Value)}]{Width}",
        _ => "?",
    };

    static string Num(ulong v) => v < 4096 ? v.ToString(CultureInfo.InvariantCulture) : (long)v is var s && s < 0 && s > -4096 ? s.ToString(CultureInfo.InvariantCulture) : "0x" + v.ToString("x", CultureInfo.InvariantCulture);
    static string Off(long o) => o == 0 ? "" : o > 0 ? $"+{o}" : $"{o}";
}
