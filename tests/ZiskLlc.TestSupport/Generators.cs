using CsCheck;
using ZiskLlc.Isa;
using ZiskLlc.Rom;

namespace ZiskLlc.TestSupport;

/// <summary>CsCheck generators of valid instructions and whole programs, for round-trip properties.</summary>
public static class Generators
{
    static readonly Opcode[] Opcodes = Enum.GetValues<Opcode>();

    /// <summary>Interesting 64-bit values: small, boundary and random.</summary>
    public static readonly Gen<ulong> Value = Gen.OneOf(
        Gen.ULong, Gen.ULong[0, 5000], Gen.Const(ulong.MaxValue), Gen.Const(1UL << 63), Gen.Const(unchecked((ulong)-4096L)), Gen.Const(4095UL));

    static Gen<(SourceKind, ulong)> Source(bool isB) =>
        Gen.Int[0, isB ? 4 : 3].SelectMany(k => k switch
        {
            0 => Gen.Const((SourceKind.LastC, 0UL)),
            1 => Value.Select(v => (SourceKind.Mem, v)),
            2 => Value.Select(v => (SourceKind.Imm, v)),
            3 => Gen.ULong[0, 31].Select(v => (SourceKind.Reg, v)),
            _ => Value.Select(v => (SourceKind.Ind, v)),
        });

    static readonly Gen<(StoreKind, long)> Store = Gen.Int[0, 3].SelectMany(k => k switch
    {
        0 => Gen.Const((StoreKind.None, 0L)),
        1 => Value.Select(v => (StoreKind.Mem, (long)v)),
        2 => Value.Select(v => (StoreKind.Ind, (long)v)),
        _ => Gen.Long[0, 31].Select(v => (StoreKind.Reg, v)),
    });

    static readonly byte[] Widths = [1, 2, 4, 8];

    /// <summary>Any valid instruction (every field, all operand kinds).</summary>
    public static readonly Gen<Instruction> Instruction =
        Gen.Select(Gen.ULong, Source(false), Source(true), Gen.Int[0, Opcodes.Length - 1], Store, Gen.Int[0, 4], Gen.Int[0, 7],
            Gen.Select(Value, Value))
        .Select(t =>
        {
            var (paddr, a, b, op, store, w, flags, jumps) = t;
            bool ind = b.Item1 == SourceKind.Ind || store.Item1 == StoreKind.Ind;
            byte width = ind ? Widths[w % 4] : (w == 4 ? (byte)0 : Widths[w]);
            return new Instruction
            {
                Paddr = paddr, ASrc = a.Item1, A = a.Item2, BSrc = b.Item1, B = b.Item2, IndWidth = width,
                Op = Opcodes[op], Store = store.Item1, StoreOffset = store.Item2,
                StorePc = (flags & 1) != 0, SetPc = (flags & 2) != 0, End = (flags & 4) != 0,
                JmpOffset1 = (long)jumps.Item1, JmpOffset2 = (long)jumps.Item2,
            };
        });

    /// <summary>Names as toolchains make them (identifiers with . and $), as symbol and segment names are.</summary>
    public static readonly Gen<string> Name = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.$"], 1, 24];

    /// <summary>A program: distinct instruction addresses, segments, symbols, an origin string.</summary>
    public static readonly Gen<ZiskProgram> Program =
        Gen.Select(Instruction.Array[0, 40], Gen.Select(Gen.ULong[0, 0xFFFFFFFF], Gen.Bool, Gen.Byte.Array[0, 50], Name).Array[0, 4],
            Gen.Select(Name, Gen.ULong, Gen.ULong[0, 100]).Array[0, 5], Gen.String)
        .Select((insts, segs, syms, origin) => new ZiskProgram(
            insts.DistinctBy(i => i.Paddr),
            segs.Select(s => new MemorySegment(s.Item1 & ~7UL, s.Item2 ? SegmentKind.ReadOnly : SegmentKind.ReadWrite, s.Item3, s.Item4)),
            syms.Select(s => new Symbol(s.Item1, s.Item2, s.Item2 + s.Item3 < s.Item2 ? s.Item2 : s.Item2 + s.Item3)),
            origin));
}
