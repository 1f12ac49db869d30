using ZiskLlc.Codegen.Mir;
using ZiskLlc.Isa;
using ZiskLlc.Llvm;

namespace ZiskLlc.Codegen.Lower;

// Floating point (float and double, carried as their bits in one part: Parts). ZisK has no floating
// point, so each operation calls the soft-float runtime (FloatRuntime names the function; the
// classic route's llc makes the same calls); the sign-bit operations fneg, fabs and copysign are
// integer operations on the bits, as llc does them without F/D. An fcmp is one call of the
// runtime's compare (-1, 0, 1, or 2 when unordered) and one or two integer steps choosing the
// predicate's answer from that, where llc calls one or two of libgcc's predicates.
public sealed partial class FunctionLowering
{
    static string Sfx(IrType t) => FloatRuntime.Suffix(t)
        ?? throw new UnsupportedException($"floating-point type {t} (the direct route computes with float and double; half, bfloat and fp128, which is C's long double on riscv64, are not supported)");

    static ulong SignBit(IrType t) => t.Kind == IrTypeKind.Double ? 1UL << 63 : 1UL << 31;

    void FloatOp(IrInstruction i)
    {
        var ops = i.Operands;
        switch (i.Opcode)
        {
            case IrOpcode.FAdd or IrOpcode.FSub or IrOpcode.FMul or IrOpcode.FDiv:
                Set(i, RuntimeCall(FloatRuntime.Arith(i.Opcode, Sfx(i.Type)), [Val(ops[0]), Val(ops[1])], 1));
                return;
            case IrOpcode.FRem:
                Sfx(i.Type);
                Set(i, LibraryCall("frem", i, [Val(ops[0]), Val(ops[1])]));
                return;
            case IrOpcode.FNeg:
                Sfx(i.Type);
                Set(i, Emit(Opcode.Xor, Val(ops[0]), Operand.Imm(SignBit(i.Type))));
                return;
            case IrOpcode.FCmp:
                Set(i, FloatCompare(i.RealPredicate, ops[0], ops[1]));
                return;
            case IrOpcode.FPToSI or IrOpcode.FPToUI:
            {
                int w = i.Type.IntegerWidth;
                var f = FloatRuntime.ToInt(i.Opcode == IrOpcode.FPToSI, w, Sfx(ops[0].Type), saturating: false)
                    ?? throw new UnsupportedException($"{i.Opcode} to i{w} (at most 128 bits)");
                Set(i, RuntimeCall(f, [Val(ops[0])], w > 64 ? 2 : 1));
                return;
            }
            case IrOpcode.SIToFP or IrOpcode.UIToFP:
            {
                bool signed = i.Opcode == IrOpcode.SIToFP;
                int w = ops[0].Type.IntegerWidth;
                var f = FloatRuntime.FromInt(signed, w, Sfx(i.Type)) ?? throw new UnsupportedException($"{i.Opcode} from i{w} (at most 128 bits)");
                var x = Vals(ops[0]);
                Operand[] args = w <= 64
                    ? [signed ? Sext(x[0], w) : Zext(x[0], w)]
                    : [x[0], signed ? Sext(x[1], w - 64) : Zext(x[1], w - 64)];
                Set(i, RuntimeCall(f, args, 1));
                return;
            }
            case IrOpcode.FPExt or IrOpcode.FPTrunc:
            {
                var (from, to) = (ops[0].Type, i.Type);
                string? f = i.Opcode == IrOpcode.FPExt
                    ? (from.Kind == IrTypeKind.Float && to.Kind == IrTypeKind.Double ? FloatRuntime.Extend : null)
                    : (from.Kind == IrTypeKind.Double && to.Kind == IrTypeKind.Float ? FloatRuntime.Truncate : null);
                if (f is null) { Sfx(from); Sfx(to); throw new UnsupportedException($"{i.Opcode} from {from} to {to}"); }
                Set(i, RuntimeCall(f, [Val(ops[0])], 1));
                return;
            }
        }
        throw new InvalidOperationException($"not a floating-point opcode: {i.Opcode}");
    }

    /// <summary>fcmp: against a constant (or ord/uno of a value with itself) a few integer steps on the
    /// bits (<see cref="FloatCompareConstant"/>); otherwise r = compare(a, b) in {-1, 0, 1, 2 =
    /// unordered}, then the predicate as integer steps on r.</summary>
    Operand FloatCompare(IrRealPredicate p, IrValue a, IrValue b)
    {
        if (p == IrRealPredicate.False) return Operand.Zero;
        if (p == IrRealPredicate.True) return Operand.Imm(1);
        Sfx(a.Type);
        if (b.Kind == IrValueKind.ConstantFP && b.FloatBits is { } cb) return FloatCompareConstant(p, a, cb);
        if (a.Kind == IrValueKind.ConstantFP && a.FloatBits is { } ca) return FloatCompareConstant(Swapped(p), b, ca);
        if (a.Handle == b.Handle && p is IrRealPredicate.Ord or IrRealPredicate.Uno)
            return FloatCompareConstant(p, a, 0);   // ord/uno x, 0 ask only whether x is a NaN, as ord/uno x, x do
        var r = RuntimeCall(FloatRuntime.Compare(Sfx(a.Type)), [Val(a), Val(b)], 1)[0];
        var f1 = new Fact(false, 1);
        var minus1 = Operand.Imm(ulong.MaxValue);
        return p switch
        {
            IrRealPredicate.Oeq => Emit(Opcode.Eq, r, Operand.Zero, f1),
            IrRealPredicate.Ogt => Emit(Opcode.Eq, r, Operand.Imm(1), f1),
            IrRealPredicate.Oge => Emit(Opcode.Leu, r, Operand.Imm(1), f1),         // 0, 1
            IrRealPredicate.Olt => Emit(Opcode.Eq, r, minus1, f1),
            IrRealPredicate.Ole => Emit(Opcode.Lt, r, Operand.Imm(1), f1),          // -1, 0
            IrRealPredicate.One => Emit(Opcode.And, r, Operand.Imm(1), f1),         // -1, 1: the odd ones
            IrRealPredicate.Ord => Emit(Opcode.Lt, r, Operand.Imm(2), f1),
            IrRealPredicate.Uno => Emit(Opcode.Eq, r, Operand.Imm(2), f1),
            IrRealPredicate.Ueq => Emit(Opcode.Eq, Emit(Opcode.And, r, Operand.Imm(1)), Operand.Zero, f1), // 0, 2
            IrRealPredicate.Ugt => Emit(Opcode.Lt, Operand.Zero, r, f1),            // 1, 2
            IrRealPredicate.Uge => Emit(Opcode.Le, Operand.Zero, r, f1),            // 0, 1, 2
            IrRealPredicate.Ult => Emit(Opcode.Ltu, Operand.Imm(1), r, f1),         // -1 (unsigned: the largest), 2
            IrRealPredicate.Ule => Emit(Opcode.Eq, Emit(Opcode.Eq, r, Operand.Imm(1)), Operand.Zero, f1), // all but 1
            IrRealPredicate.Une => Emit(Opcode.Ltu, Operand.Zero, r, f1),           // all but 0
            _ => throw new UnsupportedException($"fcmp predicate {p}"),
        };
    }

    /// <summary>The predicate with its operands exchanged (c &lt; x is x &gt; c).</summary>
    static IrRealPredicate Swapped(IrRealPredicate p) => p switch
    {
        IrRealPredicate.Ogt => IrRealPredicate.Olt, IrRealPredicate.Olt => IrRealPredicate.Ogt,
        IrRealPredicate.Oge => IrRealPredicate.Ole, IrRealPredicate.Ole => IrRealPredicate.Oge,
        IrRealPredicate.Ugt => IrRealPredicate.Ult, IrRealPredicate.Ult => IrRealPredicate.Ugt,
        IrRealPredicate.Uge => IrRealPredicate.Ule, IrRealPredicate.Ule => IrRealPredicate.Uge,
        _ => p,
    };

    /// <summary>
    /// fcmp x, c with c a constant, without a call. The bits of a float or double (a float sign-
    /// extended from bit 31 first) map to a key k(v) = v ^ ((v >>s 63) | 2^63) that orders the values
    /// as numbers: negatives below positives, larger magnitudes further out, -0 just below +0, NaNs
    /// beyond the infinities on either side. Every predicate is then "k(x) in a range" or its
    /// complement (one over two ranges): three steps for the key and two for a range test, where the
    /// compare call costs about twenty. A NaN constant decides the predicate by itself.
    /// </summary>
    Operand FloatCompareConstant(IrRealPredicate p, IrValue x, ulong c)
    {
        bool dbl = x.Type.Kind == IrTypeKind.Double;
        ulong Norm(ulong v) => dbl ? v : (ulong)(long)(int)(uint)v;
        static ulong Key(ulong v) => v ^ (((ulong)((long)v >> 63)) | 1UL << 63);
        c = Norm(c);
        ulong abs = dbl ? c & ~(1UL << 63) : c & 0x7fffffffUL, inf = dbl ? 0x7ff0000000000000UL : 0x7f800000UL;
        bool unordered = p is IrRealPredicate.Uno or IrRealPredicate.Ueq or IrRealPredicate.Ugt or IrRealPredicate.Uge
            or IrRealPredicate.Ult or IrRealPredicate.Ule or IrRealPredicate.Une;
        if (abs > inf) return Operand.Imm(unordered ? 1UL : 0UL);          // c is a NaN
        ulong negInf = Key(Norm(dbl ? 0xfff0000000000000UL : 0xff800000UL)), posInf = Key(inf);
        // The keys just below and just above c; for a zero, -0 and +0 (they compare equal).
        ulong lowC = abs == 0 ? Key(Norm(dbl ? 1UL << 63 : 0x80000000UL)) : Key(c), highC = abs == 0 ? Key(0) : Key(c);
        // The ordered predicate and whether the unordered one is its complement.
        var (ordered, complement) = p switch
        {
            IrRealPredicate.Uno => (IrRealPredicate.Ord, true), IrRealPredicate.Ueq => (IrRealPredicate.One, true),
            IrRealPredicate.Ugt => (IrRealPredicate.Ole, true), IrRealPredicate.Uge => (IrRealPredicate.Olt, true),
            IrRealPredicate.Ult => (IrRealPredicate.Oge, true), IrRealPredicate.Ule => (IrRealPredicate.Ogt, true),
            IrRealPredicate.Une => (IrRealPredicate.Oeq, true), _ => (p, false),
        };
        var v = dbl ? Val(x) : Sext(Val(x), 32);
        var k = Emit(Opcode.Xor, v, Emit(Opcode.Or, Emit(Opcode.Sra, v, Operand.Imm(63)), Operand.Imm(1UL << 63)));
        var f1 = new Fact(false, 1);
        // k in [lo, hi] (true when inside, or outside with `outside`), as (k - lo) <=u (hi - lo).
        Operand Range(ulong lo, ulong hi, bool outside)
        {
            if (lo > hi) return Operand.Imm(outside ? 1UL : 0UL);
            var d = lo == 0 ? k : Emit(Opcode.Add, k, Operand.Imm(0 - lo));
            return outside ? Emit(Opcode.Ltu, Operand.Imm(hi - lo), d, f1) : Emit(Opcode.Leu, d, Operand.Imm(hi - lo), f1);
        }
        return ordered switch
        {
            IrRealPredicate.Ord => Range(negInf, posInf, complement),
            IrRealPredicate.Oeq => Range(lowC, highC, complement),
            IrRealPredicate.Olt => Range(negInf, lowC - 1, complement),
            IrRealPredicate.Ole => Range(negInf, highC, complement),
            IrRealPredicate.Ogt => Range(highC + 1, posInf, complement),
            IrRealPredicate.Oge => Range(lowC, posInf, complement),
            // one: below or above c; ueq: neither.
            IrRealPredicate.One => complement
                ? Emit(Opcode.And, Range(negInf, lowC - 1, true), Range(highC + 1, posInf, true), f1)
                : Emit(Opcode.Or, Range(negInf, lowC - 1, false), Range(highC + 1, posInf, false), f1),
            _ => throw new UnsupportedException($"fcmp predicate {p}"),
        };
    }

    /// <summary>The floating-point intrinsics; false if <paramref name="fam"/> is not one.</summary>
    bool FloatIntrinsic(IrInstruction i, string fam)
    {
        var a = i.CallArguments;
        switch (fam)
        {
            case "llvm.fabs":
                Sfx(i.Type);
                Set(i, Emit(Opcode.And, Val(a[0]), Operand.Imm(SignBit(i.Type) - 1)));
                return true;
            case "llvm.copysign":
            {
                Sfx(i.Type);
                ulong s = SignBit(i.Type);
                Set(i, Emit(Opcode.Or, Emit(Opcode.And, Val(a[0]), Operand.Imm(s - 1)), Emit(Opcode.And, Val(a[1]), Operand.Imm(s))));
                return true;
            }
            case "llvm.fmuladd":
            {
                // Without a fused multiply-add, llc computes it as a rounded product and a rounded sum: so does this.
                string sfx = Sfx(i.Type);
                var prod = RuntimeCall(FloatRuntime.Arith(IrOpcode.FMul, sfx), [Val(a[0]), Val(a[1])], 1)[0];
                Set(i, RuntimeCall(FloatRuntime.Arith(IrOpcode.FAdd, sfx), [prod, Val(a[2])], 1));
                return true;
            }
            case "llvm.powi":
                Set(i, RuntimeCall(FloatRuntime.Powi(Sfx(i.Type)), [Val(a[0]), Sext(Val(a[1]), a[1].Type.IntegerWidth)], 1));
                return true;
            case "llvm.is.fpclass":
            {
                var cls = RuntimeCall(FloatRuntime.Class(Sfx(a[0].Type)), [Val(a[0])], 1)[0];
                Set(i, Emit(Opcode.Ltu, Operand.Zero, Emit(Opcode.And, cls, Operand.Imm(Val(a[1]).Value & 0x3ff)), new Fact(false, 1)));
                return true;
            }
            case "llvm.fptosi.sat" or "llvm.fptoui.sat":
            {
                int w = i.Type.IntegerWidth;
                var f = FloatRuntime.ToInt(fam == "llvm.fptosi.sat", w, Sfx(a[0].Type), saturating: true)
                    ?? throw new UnsupportedException($"{fam} to i{w} (widths up to 64, and 128)");
                Operand[] args = f.StartsWith("__zisk_", StringComparison.Ordinal) ? [Val(a[0]), Operand.Imm((ulong)w)] : [Val(a[0])];
                Set(i, RuntimeCall(f, args, w > 64 ? 2 : 1));
                return true;
            }
        }
        if (a.Count == 0 || FloatRuntime.LibraryFunction(fam, a[0].Type) is null) return false;
        Set(i, LibraryCall(fam, i, a.Select(x => x.Type.Kind == IrTypeKind.Integer ? Sext(Val(x), x.Type.IntegerWidth) : Val(x)).ToArray()));
        return true;
    }

    /// <summary>A call of the C library function an intrinsic or frem stands for (the program's own, guest ABI §4).</summary>
    Operand[] LibraryCall(string fam, IrInstruction i, Operand[] args)
    {
        var t = fam == "frem" ? i.Type : i.CallArguments[0].Type;
        var name = FloatRuntime.LibraryFunction(fam, t) ?? throw new UnsupportedException($"{fam} on {t}");
        if (!mc.Defined.ContainsKey(name))
            throw new UnsupportedException($"{fam} calls the C library function '{name}', which the program does not define (guest ABI §4)");
        return RuntimeCall(name, args, parts.Of(i.Type).Length);
    }
}
