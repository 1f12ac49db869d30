using System.Numerics;
using ZiskLlc.Isa;

namespace ZiskLlc.Llvm;

/// <summary>
/// A pointer-sized (or narrower, for <c>ptrtoint … to i32</c>) slot in a global's bytes that holds
/// <c>address(Symbol) + Addend</c>. The bytes at <see cref="Offset"/> are zero; the value lives in
/// the relocation (RELA style).
/// </summary>
public readonly record struct IrRelocation(ulong Offset, int Size, string Symbol, long Addend)
{
    /// <inheritdoc/>
    public override string ToString() => $"+{Offset}: {Size}B @{Symbol}{(Addend == 0 ? "" : Addend > 0 ? $"+{Addend}" : $"{Addend}")}";
}

/// <summary>A global's initial contents: <see cref="Bytes"/> (AbiSize long, little-endian) plus relocations.</summary>
public sealed record GlobalImage(string Name, byte[] Bytes, IReadOnlyList<IrRelocation> Relocations, uint Alignment, bool ReadOnly);

/// <summary>
/// Lays out global initialisers as bytes plus relocations, using the module's data layout
/// (struct offsets, array strides, store sizes). Constant expressions are evaluated to
/// symbol + offset: <c>getelementptr</c> (with its source element type), <c>ptrtoint</c>,
/// <c>inttoptr</c>, casts, <c>add</c>/<c>sub</c> of a symbol and a constant, and the difference of
/// two addresses in the same symbol. Anything else (floating-point constants, block addresses,
/// products of addresses, …) is reported as a <see cref="UserError"/> naming the global, the byte
/// offset and the constant.
/// </summary>
public static class GlobalInitializer
{
    /// <summary>Encodes a defined global; throws <see cref="UserError"/> for a constant it cannot evaluate.</summary>
    public static GlobalImage Encode(IrGlobal global, IrDataLayout layout, Func<IrValue, string>? blockAddressSymbol = null)
    {
        var init = global.Initializer ?? throw new UserError($"global @{global.Name} is a declaration: it has no initialiser");
        var type = global.ValueType;
        var bytes = new byte[layout.AbiSize(type)];
        var relocs = new List<IrRelocation>();
        var w = new Writer(global.Name, layout, bytes, relocs) { BlockSymbol = blockAddressSymbol };
        w.Put(init, 0);
        uint align = global.Alignment != 0 ? global.Alignment : layout.AbiAlignment(type);
        return new GlobalImage(global.Name, bytes, relocs, align, global.IsConstant);
    }

    /// <summary>
    /// Evaluates a constant used as an address or integer to symbol + offset (symbol null for a plain
    /// number). Throws <see cref="UserError"/> when it is not of that form. Useful for instruction
    /// operands that are constant expressions too.
    /// </summary>
    public static (string? Symbol, BigInteger Offset) EvaluateAddress(IrValue c, IrDataLayout layout) =>
        new Writer("", layout, [], []).Eval(c, 0);

    sealed class Writer(string global, IrDataLayout layout, byte[] bytes, List<IrRelocation> relocs)
    {
        /// <summary>Names the code address of a blockaddress constant (null: block addresses are unsupported).</summary>
        public Func<IrValue, string>? BlockSymbol { get; init; }

        public void Put(IrValue c, ulong at)
        {
            var t = c.Type;
            switch (c.Kind)
            {
                case IrValueKind.Undef or IrValueKind.Poison or IrValueKind.ConstantAggregateZero or IrValueKind.ConstantPointerNull:
                    return; // the buffer is already zero (undef/poison: any value is allowed, zero is the natural one)
                case IrValueKind.ConstantDataArray or IrValueKind.ConstantDataVector when !t.ElementType.IsFloatingPoint
                    || t.ElementType.Kind is IrTypeKind.Float or IrTypeKind.Double:
                    // i8…i64 elements, stored contiguously; LLVM keeps them in host order, and every
                    // host .NET runs zisk-llc on (x64, arm64) is little-endian, as RV64 is.
                    c.RawData.CopyTo(bytes.AsSpan(checked((int)at)));
                    return;
                case IrValueKind.ConstantArray or IrValueKind.ConstantVector:
                {
                    ulong stride = layout.AbiSize(t.ElementType);
                    ulong n = t.Kind == IrTypeKind.Array ? t.ArrayLength : t.VectorLength;
                    for (uint i = 0; i < n; i++) Put(c.AggregateElement(i), at + i * stride);
                    return;
                }
                case IrValueKind.ConstantStruct:
                {
                    int n = t.StructElements.Count;
                    for (int i = 0; i < n; i++) Put(c.AggregateElement((uint)i), at + layout.OffsetOfElement(t, i));
                    return;
                }
                case IrValueKind.BlockAddress when BlockSymbol is not null:
                    relocs.Add(new IrRelocation(at, checked((int)layout.StoreSize(t)), BlockSymbol(c), 0));
                    return;
                case IrValueKind.ConstantFP when c.FloatBits is { } fb:
                    // Floating-point data is only bits to the integer backend (no arithmetic on it).
                    for (int i = 0; i < (t.Kind == IrTypeKind.Double ? 8 : 4); i++) bytes[at + (ulong)i] = (byte)(fb >> (8 * i));
                    return;
                case IrValueKind.ConstantInt or IrValueKind.ConstantExpr or IrValueKind.GlobalVariable
                    or IrValueKind.Function or IrValueKind.GlobalAlias:
                    PutScalar(c, at);
                    return;
                default:
                    throw Cannot(c, at, c.Kind switch
                    {
                        IrValueKind.ConstantFP or IrValueKind.ConstantDataArray or IrValueKind.ConstantDataVector => "floating-point data is not supported",
                        IrValueKind.BlockAddress => "block addresses are not supported",
                        _ => $"unsupported constant kind {c.Kind}",
                    });
            }
        }

        void PutScalar(IrValue c, ulong at)
        {
            var t = c.Type;
            int size = checked((int)layout.StoreSize(t));
            var (sym, off) = Eval(c, at);
            if (sym is null)
            {
                var v = off & ((BigInteger.One << (size * 8)) - 1); // two's complement, truncated to the slot
                for (int i = 0; i < size; i++) bytes[at + (ulong)i] = (byte)((v >> (8 * i)) & 0xFF);
                return;
            }
            if (t.Kind is not (IrTypeKind.Pointer or IrTypeKind.Integer) || size > 8)
                throw Cannot(c, at, $"an address cannot be stored in a {t} slot");
            if (off < long.MinValue || off > long.MaxValue) throw Cannot(c, at, "the address offset does not fit in 64 bits");
            relocs.Add(new IrRelocation(at, size, sym, (long)off));
        }

        /// <summary>Evaluates a scalar constant to (symbol or null) + offset.</summary>
        public (string? Symbol, BigInteger Offset) Eval(IrValue c, ulong at)
        {
            switch (c.Kind)
            {
                case IrValueKind.ConstantInt: return (null, c.SignedInteger);
                case IrValueKind.ConstantPointerNull or IrValueKind.Undef or IrValueKind.Poison or IrValueKind.ConstantAggregateZero: return (null, 0);
                case IrValueKind.GlobalVariable or IrValueKind.Function or IrValueKind.GlobalAlias: return (c.Name, 0);
                case IrValueKind.ConstantExpr: break;
                default: throw Cannot(c, at, $"a {c.Kind} constant has no address or integer value");
            }
            var ops = c.Operands;
            switch (c.ConstantExprOpcode)
            {
                case IrOpcode.PtrToInt or IrOpcode.PtrToAddr or IrOpcode.IntToPtr or IrOpcode.BitCast or IrOpcode.AddrSpaceCast:
                {
                    var (s, o) = Eval(ops[0], at);
                    // A cast to a narrower integer keeps the low bits of a plain number; of an address
                    // it becomes a narrower relocation (checked by the caller against the slot size).
                    if (s is null && c.Type.Kind == IrTypeKind.Integer && c.Type.IntegerWidth < 64)
                        o = Wrap(o, c.Type.IntegerWidth);
                    return (s, o);
                }
                case IrOpcode.Trunc:
                {
                    var (s, o) = Eval(ops[0], at);
                    if (s is not null) throw Cannot(c, at, "a truncated address cannot be relocated");
                    return (null, Wrap(o, c.Type.IntegerWidth));
                }
                case IrOpcode.Add:
                {
                    var (s1, o1) = Eval(ops[0], at);
                    var (s2, o2) = Eval(ops[1], at);
                    if (s1 is not null && s2 is not null) throw Cannot(c, at, "the sum of two addresses is not an address");
                    return (s1 ?? s2, o1 + o2);
                }
                case IrOpcode.Sub:
                {
                    var (s1, o1) = Eval(ops[0], at);
                    var (s2, o2) = Eval(ops[1], at);
                    if (s2 is null) return (s1, o1 - o2);
                    if (s1 == s2) return (null, o1 - o2);
                    throw Cannot(c, at, "the difference of addresses in two different symbols is not known before linking");
                }
                case IrOpcode.GetElementPtr:
                    return Gep(c, ops, at);
                default:
                    throw Cannot(c, at, $"constant expression '{c.ConstantExprOpcode}' cannot be evaluated");
            }
        }

        (string?, BigInteger) Gep(IrValue c, IReadOnlyList<IrValue> ops, ulong at)
        {
            var (sym, off) = Eval(ops[0], at);
            var t = c.GepSourceElementType;
            for (int i = 1; i < ops.Count; i++)
            {
                var idxV = ops[i];
                if (idxV.Kind != IrValueKind.ConstantInt) throw Cannot(c, at, "a getelementptr index is not a constant integer");
                var idx = idxV.SignedInteger;
                if (i == 1) { off += idx * layout.AbiSize(t); continue; }
                if (t.Kind == IrTypeKind.Struct)
                {
                    int field = (int)idx;
                    off += layout.OffsetOfElement(t, field);
                    t = t.StructElements[field];
                }
                else if (t.Kind is IrTypeKind.Array or IrTypeKind.Vector)
                {
                    t = t.ElementType;
                    off += idx * layout.AbiSize(t);
                }
                else throw Cannot(c, at, $"getelementptr indexes into non-aggregate type {t}");
            }
            return (sym, off);
        }

        static BigInteger Wrap(BigInteger v, int width)
        {
            var m = BigInteger.One << width;
            var u = ((v % m) + m) % m;
            return u >= m >> 1 ? u - m : u;
        }

        UserError Cannot(IrValue c, ulong at, string why)
        {
            var where = global.Length > 0 ? $"global @{global}, byte {at}: " : "";
            var text = c.ToString();
            if (text.Length > 160) text = text[..160] + "…";
            return new UserError($"{where}cannot evaluate constant '{text}': {why}");
        }
    }
}
