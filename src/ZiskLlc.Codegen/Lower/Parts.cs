using ZiskLlc.Llvm;

namespace ZiskLlc.Codegen.Lower;

/// <summary>One 64-bit (or narrower) piece of a legalised value: its width in bits and, for
/// values in memory, its byte offset in the value's memory layout.</summary>
public readonly record struct Part(int Bits, long Offset)
{
    /// <summary>Bytes a load or store of this part touches (LLVM's store size: ⌈bits/8⌉).</summary>
    public int Bytes => (Bits + 7) / 8;
}

/// <summary>
/// Legalisation of types (the model is Cranelift's ValueRegs, generalised): every first-class LLVM
/// type becomes a flat list of parts of at most 64 bits. i1…i64 and pointers are one part; wider
/// integers are 64-bit parts, least significant first (the last one narrower for odd widths);
/// structs, arrays and vectors are the concatenation of their elements' parts, with the data
/// layout's byte offsets. Assumes the little-endian riscv64 data layout of guest ABI §1.
/// </summary>
public sealed class PartLayout(IrDataLayout layout)
{
    readonly Dictionary<nint, Part[]> cache = [];

    public IrDataLayout Layout => layout;

    public Part[] Of(IrType t)
    {
        if (cache.TryGetValue(t.Handle, out var p)) return p;
        var list = new List<Part>();
        Add(t, 0, list);
        p = list.ToArray();
        cache[t.Handle] = p;
        return p;
    }

    void Add(IrType t, long off, List<Part> list)
    {
        switch (t.Kind)
        {
            case IrTypeKind.Integer:
            {
                int w = t.IntegerWidth;
                for (int k = 0; k * 64 < w; k++) list.Add(new Part(Math.Min(64, w - 64 * k), off + 8 * k));
                return;
            }
            case IrTypeKind.Pointer: list.Add(new Part(64, off)); return;
            // float and double values are carried as their bits; their arithmetic calls the soft-float
            // runtime (FunctionLowering.Float).
            case IrTypeKind.Double: list.Add(new Part(64, off)); return;
            case IrTypeKind.Float: list.Add(new Part(32, off)); return;
            case IrTypeKind.Struct:
            {
                var els = t.StructElements;
                for (int i = 0; i < els.Count; i++) Add(els[i], off + (long)layout.OffsetOfElement(t, i), list);
                return;
            }
            case IrTypeKind.Array:
            {
                var e = t.ElementType;
                long stride = (long)layout.AbiSize(e);
                for (ulong i = 0; i < t.ArrayLength; i++) Add(e, off + (long)i * stride, list);
                return;
            }
            case IrTypeKind.Vector:
            {
                var e = t.ElementType;
                if (e.Kind == IrTypeKind.Integer && e.IntegerWidth % 8 != 0)
                    throw new UnsupportedException($"vector of {e} (bit-packed in memory)");
                long stride = (long)layout.AbiSize(e);
                for (uint i = 0; i < t.VectorLength; i++) Add(e, off + i * stride, list);
                return;
            }
            case IrTypeKind.Void: return;
            default:
                throw new UnsupportedException(t.IsFloatingPoint ? $"floating-point type {t} (the direct route computes with float and double only; fp128 is C's long double on riscv64)" : $"type {t}");
        }
    }

    /// <summary>The range [start, start+count) of parts of the sub-element at <paramref name="indices"/> of an aggregate.</summary>
    public (int Start, int Count) Range(IrType agg, IReadOnlyList<uint> indices)
    {
        int start = 0;
        var t = agg;
        foreach (var idx in indices)
        {
            if (t.Kind == IrTypeKind.Struct)
            {
                var els = t.StructElements;
                for (int i = 0; i < idx; i++) start += Of(els[i]).Length;
                t = els[(int)idx];
            }
            else
            {
                var e = t.ElementType;
                start += (int)idx * Of(e).Length;
                t = e;
            }
        }
        return (start, Of(t).Length);
    }
}

/// <summary>An IR construct the direct route does not support (becomes a diagnostic with its location).</summary>
public sealed class UnsupportedException(string message) : Exception(message);
