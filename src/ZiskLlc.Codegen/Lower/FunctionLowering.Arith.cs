using System.Numerics;
using ZiskLlc.Codegen.Mir;
using ZiskLlc.Isa;
using ZiskLlc.Llvm;

namespace ZiskLlc.Codegen.Lower;

// Integer arithmetic: one-part operations with constant folding and cheap forms (add 25 instead of
// sub 60, shifts instead of multiplications, §3.1 costs), and the two-part legalisation of
// i65…i128 (carries, 128-bit products, shifts by variable amounts, compares, division libcalls).
public sealed partial class FunctionLowering
{
    void Binary(IrInstruction i, IReadOnlyList<IrValue> ops)
    {
        int w = i.Type.IntegerWidth;
        var x = Vals(ops[0]);
        var y = Vals(ops[1]);
        if (x.Length == 1)
        {
            // A right shift by k whose users only look at its low w−k bits needs no clean operand:
            // the garbage above w lands above those bits (typical of byte extraction, (x >> 8) & 0xff).
            if (ShiftSkipsNormalisation(i) && y[0].IsConst && !x[0].IsConst)
            {
                Set(i, Emit(i.Opcode == IrOpcode.LShr ? Opcode.Srl : Opcode.Sra, x[0], y[0]));
                return;
            }
            // sub_w costs what sub does and gives the difference sign-extended; add_w costs 60 to add's 25
            // (§2), worth it where a sext takes the sum (one step fewer). Not where the analysis holds the
            // result zero-extended (nuw), which a W op's sign extension breaks.
            if (w == 32 && !zeroExt.Contains(i.Handle) && !signExt.Contains(i.Handle) && !(x[0].IsConst && y[0].IsConst)
                && (i.Opcode == IrOpcode.Sub && (!y[0].IsConst || FeedsSext(i)) || i.Opcode == IrOpcode.Add && FeedsSext(i)))
            {
                Set(i, Emit(i.Opcode == IrOpcode.Add ? Opcode.AddW : Opcode.SubW, W32(x[0]), W32(y[0]), new Fact(true, 32)));
                return;
            }
            // mul_w costs what mul does and gives the product sign-extended (§2), so a later extension or
            // compare is free — unless the analysis holds this product zero-extended (nuw), which mul_w breaks.
            if (w == 32 && i.Opcode == IrOpcode.Mul && !zeroExt.Contains(i.Handle) && !Trivial(x[0]) && !Trivial(y[0]))
            {
                Set(i, Emit(Opcode.MulW, W32(x[0]), W32(y[0]), new Fact(true, 32)));
                return;
            }
            Set(i, Op1(i.Opcode, w, x[0], y[0]));
            return;
        }
        Set(i, Wide(i.Opcode, w, x, y));

        // A factor Op1 folds or turns into a shift.
        static bool Trivial(Operand v) => v.IsConst && (v.Value & 0xffff_ffff) is var c && (c == 0 || BitOperations.IsPow2(c));
    }

    /// <summary>True if every user of <paramref name="v"/> observes at most its low <paramref name="bits"/> bits:
    /// an and with a mask below 2^bits, a trunc to at most that width, or a store of at most that width.</summary>
    bool OnlyLowBitsUsed(IrInstruction v, int bits)
    {
        if (!users.TryGetValue(v.Handle, out var us) || us.Count == 0) return false;
        foreach (var uh in us)
        {
            var u = new IrInstruction(uh);
            var ops = u.Operands;
            bool ok = u.Opcode switch
            {
                IrOpcode.And => (ops[0].Handle == v.Handle ? ops[1] : ops[0]) is { Kind: IrValueKind.ConstantInt } m && m.Type.IntegerWidth <= 64
                                && (bits >= 64 || ((ulong)m.UnsignedInteger >> bits) == 0),
                IrOpcode.Trunc => u.Type.IntegerWidth <= bits,
                IrOpcode.Store => ops[0].Handle == v.Handle && ops[1].Handle != v.Handle && v.Type.IntegerWidth <= bits,
                _ => false,
            };
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>A one-part (≤ 64-bit) integer operation; the result may carry garbage above w.</summary>
    Operand Op1(IrOpcode opc, int w, Operand x, Operand y)
    {
        // A folded result is materialised like any narrow constant: sign-extended (the extension analysis
        // counts e.g. `xor` or `add nsw` of constants as sign-extended, and phis and selects inherit it).
        if (x.IsConst && y.IsConst && Fold(opc, w, x.Value, y.Value) is { } k) return Operand.Imm(w is >= 2 and < 64 ? SignExtend(k, w) : k);
        switch (opc)
        {
            case IrOpcode.Add:
                if (y.IsConst && y.Value == 0) return x;
                if (x.IsConst && x.Value == 0) return y;
                return Emit(Opcode.Add, x, y);
            case IrOpcode.Sub:
                if (y.IsConst) return y.Value == 0 ? x : Emit(Opcode.Add, x, Operand.Imm(0 - y.Value));
                return Emit(Opcode.Sub, x, y);
            case IrOpcode.Mul:
                if (x.IsConst) (x, y) = (y, x);
                if (y.IsConst)
                {
                    if (y.Value == 0) return Operand.Zero;
                    if (y.Value == 1) return x;
                    if (BitOperations.IsPow2(y.Value)) return Emit(Opcode.Sll, x, Operand.Imm((ulong)BitOperations.Log2(y.Value)));
                }
                return Emit(Opcode.Mul, x, y);
            case IrOpcode.And:
            {
                if (x.IsConst) (x, y) = (y, x);
                if (y.IsConst && y.Value == 0) return Operand.Zero;
                if (y.IsConst && (y.Value & Mask(w)) == Mask(w)) return x;
                int bits = Math.Min(ZeroBits(x, w), ZeroBits(y, w));
                return Emit(Opcode.And, x, y, bits < 64 ? new Fact(false, bits) : null);
            }
            case IrOpcode.Or or IrOpcode.Xor:
            {
                if (x.IsConst) (x, y) = (y, x);
                if (y.IsConst && y.Value == 0) return x;
                int bits = Math.Max(ZeroBits(x, w), ZeroBits(y, w));
                return Emit(opc == IrOpcode.Or ? Opcode.Or : Opcode.Xor, x, y, bits < 64 ? new Fact(false, bits) : null);
            }
            case IrOpcode.Shl:
                if (y.IsConst) return y.Value % 64 == 0 && y.Value < (ulong)w ? x : y.Value >= (ulong)w ? Operand.Zero : Emit(Opcode.Sll, x, y);
                return Emit(Opcode.Sll, x, Amount(y, w));
            case IrOpcode.LShr:
            {
                // srl_w shifts the low word (§2): by 1…31 its result is the zero-extended i32 shift, with no
                // extension step first.
                if (w == 32 && y.IsConst && y.Value is >= 1 and < 32 && !ExtensionFree(x, 32, false))
                    return Emit(Opcode.SrlW, x, y, new Fact(false, 32 - (int)y.Value));
                var zx = Zext(x, w);
                if (y.IsConst) return y.Value == 0 ? zx : y.Value >= (ulong)w ? Operand.Zero : Emit(Opcode.Srl, zx, y, new Fact(false, w - (int)y.Value));
                return Emit(Opcode.Srl, zx, Amount(y, w), new Fact(false, w));
            }
            case IrOpcode.AShr:
            {
                // sra_w: sx32(i32(a) >> (b & 31)) is the i32 result, sign-extended (amounts ≥ 32 are poison).
                if (w == 32 && !ExtensionFree(x, 32, true))
                    return Emit(Opcode.SraW, x, W32(y), new Fact(true, y.IsConst ? 32 - (int)Math.Min(y.Value, 31) : 32));
                var sx = Sext(x, w);
                if (y.IsConst) return y.Value == 0 ? sx : y.Value >= (ulong)w ? Operand.Zero : Emit(Opcode.Sra, sx, y, new Fact(true, w - (int)y.Value));
                return Emit(Opcode.Sra, sx, Amount(y, w), new Fact(true, w));
            }
            case IrOpcode.UDiv or IrOpcode.URem:
            {
                var zx = Zext(x, w);
                var zy = Zext(y, w);
                if (zy.IsConst && zy.Value != 0 && BitOperations.IsPow2(zy.Value))
                    return opc == IrOpcode.UDiv
                        ? (zy.Value == 1 ? zx : Emit(Opcode.Srl, zx, Operand.Imm((ulong)BitOperations.Log2(zy.Value)), new Fact(false, w)))
                        : Emit(Opcode.And, zx, Operand.Imm(zy.Value - 1), new Fact(false, BitOperations.Log2(zy.Value)));
                return Emit(opc == IrOpcode.UDiv ? Opcode.Divu : Opcode.Remu, zx, zy, new Fact(false, w));
            }
            case IrOpcode.SDiv or IrOpcode.SRem:
                // div_w/rem_w divide the low words as i32 and sign-extend (div_w's INT_MIN / −1 quirk, §2, is
                // the overflow LLVM makes undefined).
                if (w == 32 && !(ExtensionFree(x, 32, true) && ExtensionFree(y, 32, true)))
                    return Emit(opc == IrOpcode.SDiv ? Opcode.DivW : Opcode.RemW, W32(x), W32(y), new Fact(true, 32));
                return Emit(opc == IrOpcode.SDiv ? Opcode.Div : Opcode.Rem, Sext(x, w), Sext(y, w), new Fact(true, w));
            default:
                throw new UnsupportedException($"integer operation {opc}");
        }
    }

    /// <summary>Bits above which x is known zero (64 when unknown).</summary>
    int ZeroBits(Operand x, int w)
    {
        if (x.IsConst) return x.Value == 0 ? 0 : 64 - BitOperations.LeadingZeroCount(x.Value);
        return FactOf(x) is { Sign: false } f ? f.Bits : 64;
    }

    /// <summary>A shift amount: sll/srl/sra use its low 6 bits (§3.1), so only widths below 6 need it clean.</summary>
    Operand Amount(Operand y, int w) => w < 6 ? Zext(y, w) : y;

    static ulong? Fold(IrOpcode opc, int w, ulong a, ulong b)
    {
        ulong m = Mask(w);
        a &= m; b &= m;
        long sa = (long)SignExtend(a, w), sb = (long)SignExtend(b, w);
        ulong r;
        switch (opc)
        {
            case IrOpcode.Add: r = a + b; break;
            case IrOpcode.Sub: r = a - b; break;
            case IrOpcode.Mul: r = a * b; break;
            case IrOpcode.And: r = a & b; break;
            case IrOpcode.Or: r = a | b; break;
            case IrOpcode.Xor: r = a ^ b; break;
            case IrOpcode.Shl: if (b >= (ulong)w) return 0; r = a << (int)b; break;
            case IrOpcode.LShr: if (b >= (ulong)w) return 0; r = a >> (int)b; break;
            case IrOpcode.AShr: if (b >= (ulong)w) return 0; r = (ulong)(sa >> (int)b); break;
            case IrOpcode.UDiv: if (b == 0) return null; r = a / b; break;
            case IrOpcode.URem: if (b == 0) return null; r = a % b; break;
            case IrOpcode.SDiv: if (sb == 0 || (sb == -1 && sa == long.MinValue)) return null; r = (ulong)(sa / sb); break;
            case IrOpcode.SRem: if (sb == 0 || sb == -1) return sb == -1 ? 0 : null; r = (ulong)(sa % sb); break;
            default: return null;
        }
        return r & m;
    }

    // ---------------------------------------------------------------- two-part integers (i65 … i128)

    Operand[] Wide(IrOpcode opc, int w, Operand[] x, Operand[] y)
    {
        int n = x.Length;
        if (opc is IrOpcode.And or IrOpcode.Or or IrOpcode.Xor)
            return Enumerable.Range(0, n).Select(k => Op1(opc, 64, x[k], y[k])).ToArray();
        if (opc is IrOpcode.Add or IrOpcode.Sub)
        {
            var r = new Operand[n];
            Operand carry = Operand.Zero;
            for (int k = 0; k < n; k++)
            {
                bool last = k == n - 1;
                if (opc == IrOpcode.Add)
                {
                    var s = Op1(IrOpcode.Add, 64, x[k], y[k]);
                    var c1 = last ? Operand.Zero : Carry(s, x[k], y[k]);
                    var s2 = Op1(IrOpcode.Add, 64, s, carry);
                    var c2 = last || carry.IsConst && carry.Value == 0 ? Operand.Zero : Carry(s2, s, carry);
                    r[k] = s2;
                    carry = last ? Operand.Zero : Op1(IrOpcode.Or, 64, c1, c2);
                }
                else
                {
                    var d = Op1(IrOpcode.Sub, 64, x[k], y[k]);
                    var b1 = last ? Operand.Zero : Borrow(x[k], y[k]);
                    var d2 = Op1(IrOpcode.Sub, 64, d, carry);
                    var b2 = last || carry.IsConst && carry.Value == 0 ? Operand.Zero : Borrow(d, carry);
                    r[k] = d2;
                    carry = last ? Operand.Zero : Op1(IrOpcode.Or, 64, b1, b2);
                }
            }
            return r;
        }
        if (opc == IrOpcode.Mul && n > 2) return MulN(x, y);
        if (opc is IrOpcode.Shl or IrOpcode.LShr or IrOpcode.AShr && n > 2 && y[0].IsConst)
        {
            int top = w - 64 * (n - 1);
            var xs = (Operand[])x.Clone();
            if (opc == IrOpcode.LShr) xs[^1] = Zext(xs[^1], top);
            if (opc == IrOpcode.AShr) xs[^1] = Sext(xs[^1], top);
            return ShiftConstN(opc, xs, (int)Math.Min(y[0].Value, (ulong)w));
        }
        if (n != 2) throw new UnsupportedException($"{opc} on i{w} (more than 128 bits)");
        int hw = w - 64;
        switch (opc)
        {
            case IrOpcode.Mul:
            {
                var lo = Op1(IrOpcode.Mul, 64, x[0], y[0]);
                var h = MulHigh(x[0], y[0]);
                var t1 = Op1(IrOpcode.Mul, 64, x[0], y[1]);
                var t2 = Op1(IrOpcode.Mul, 64, x[1], y[0]);
                return [lo, Op1(IrOpcode.Add, 64, Op1(IrOpcode.Add, 64, h, t1), t2)];
            }
            case IrOpcode.Shl or IrOpcode.LShr or IrOpcode.AShr:
            {
                var hi = opc == IrOpcode.LShr ? Zext(x[1], hw) : opc == IrOpcode.AShr ? Sext(x[1], hw) : x[1];
                var xs = new[] { x[0], hi };
                if (y[0].IsConst) return ShiftConst(opc, xs, (int)(y[0].Value & 127), w);
                return ShiftVar(opc, xs, y[0]);
            }
            case IrOpcode.UDiv or IrOpcode.URem or IrOpcode.SDiv or IrOpcode.SRem:
            {
                bool signed = opc is IrOpcode.SDiv or IrOpcode.SRem;
                Operand Hi(Operand v) => signed ? Sext(v, hw) : Zext(v, hw);
                return RuntimeCall(ModuleContext.DivisionFunctions[opc switch { IrOpcode.UDiv => 0, IrOpcode.URem => 1, IrOpcode.SDiv => 2, _ => 3 }], [x[0], Hi(x[1]), y[0], Hi(y[1])], 2);
            }
            default:
                throw new UnsupportedException($"{opc} on i{w}");
        }
    }

    /// <summary>An n-part product truncated to n parts: the sum of every partial product x_i·y_j (two words) at i+j.</summary>
    Operand[] MulN(Operand[] x, Operand[] y)
    {
        int n = x.Length;
        var acc = Enumerable.Repeat(Operand.Zero, n).ToArray();
        for (int i = 0; i < n; i++)
            for (int j = 0; i + j < n; j++)
            {
                var lo = Op1(IrOpcode.Mul, 64, x[i], y[j]);
                var hi = i + j + 1 < n ? MulHigh(x[i], y[j]) : Operand.Zero;
                if (lo.IsConst && lo.Value == 0 && hi.IsConst && hi.Value == 0) continue;
                var p = Enumerable.Repeat(Operand.Zero, n).ToArray();
                p[i + j] = lo;
                if (i + j + 1 < n) p[i + j + 1] = hi;
                acc = Wide(IrOpcode.Add, 64 * n, acc, p);
            }
        return acc;
    }

    /// <summary>An n-part shift by a constant: whole words move, the rest is a funnel of neighbours.</summary>
    Operand[] ShiftConstN(IrOpcode opc, Operand[] x, int s)
    {
        int n = x.Length, q = s / 64, r = s % 64;
        var fill = opc == IrOpcode.AShr ? Emit(Opcode.Sra, x[^1], Operand.Imm(63)) : Operand.Zero;
        Operand Word(int k) => k >= 0 && k < n ? x[k] : k >= n ? fill : Operand.Zero;
        var res = new Operand[n];
        for (int k = 0; k < n; k++)
        {
            if (opc == IrOpcode.Shl)
            {
                var a = Word(k - q);
                res[k] = r == 0 ? a : Op1(IrOpcode.Or, 64, Op1(IrOpcode.Shl, 64, a, Operand.Imm((ulong)r)), Op1(IrOpcode.LShr, 64, Word(k - q - 1), Operand.Imm((ulong)(64 - r))));
            }
            else
            {
                var a = Word(k + q);
                var hiOp = k + q == n - 1 && opc == IrOpcode.AShr ? IrOpcode.AShr : IrOpcode.LShr;
                res[k] = r == 0 ? a : Op1(IrOpcode.Or, 64, Op1(hiOp, 64, a, Operand.Imm((ulong)r)), Op1(IrOpcode.Shl, 64, Word(k + q + 1), Operand.Imm((ulong)(64 - r))));
            }
        }
        return res;
    }

    Operand Carry(Operand sum, Operand a, Operand b)
    {
        if ((a.IsConst && a.Value == 0) || (b.IsConst && b.Value == 0)) return Operand.Zero;
        if (sum.IsConst && a.IsConst) return Operand.Imm(sum.Value < a.Value ? 1UL : 0UL);
        return Emit(Opcode.Ltu, sum, a, new Fact(false, 1));
    }

    Operand Borrow(Operand a, Operand b)
    {
        if (b.IsConst && b.Value == 0) return Operand.Zero;
        if (a.IsConst && b.IsConst) return Operand.Imm(a.Value < b.Value ? 1UL : 0UL);
        return Emit(Opcode.Ltu, a, b, new Fact(false, 1));
    }

    Operand MulHigh(Operand a, Operand b)
    {
        if ((a.IsConst && a.Value == 0) || (b.IsConst && b.Value == 0)) return Operand.Zero;
        if (a.IsConst && b.IsConst) return Operand.Imm((ulong)(((UInt128)a.Value * b.Value) >> 64));
        return Emit(Opcode.Muluh, a, b);
    }

    Operand[] ShiftConst(IrOpcode opc, Operand[] x, int s, int w)
    {
        if (s == 0) return x;
        if (opc == IrOpcode.Shl)
        {
            if (s >= 64) return [Operand.Zero, Op1(IrOpcode.Shl, 64, x[0], Operand.Imm((ulong)(s - 64)))];
            var hi = Op1(IrOpcode.Or, 64, Emit(Opcode.Sll, x[1], Operand.Imm((ulong)s)), Emit(Opcode.Srl, x[0], Operand.Imm((ulong)(64 - s))));
            return [Emit(Opcode.Sll, x[0], Operand.Imm((ulong)s)), hi];
        }
        var hop = opc == IrOpcode.LShr ? Opcode.Srl : Opcode.Sra;
        if (s >= 64)
            return [s == 64 ? x[1] : Emit(hop, x[1], Operand.Imm((ulong)(s - 64))),
                    opc == IrOpcode.LShr ? Operand.Zero : Emit(Opcode.Sra, x[1], Operand.Imm(63))];
        var lo = Op1(IrOpcode.Or, 64, Emit(Opcode.Srl, x[0], Operand.Imm((ulong)s)), Emit(Opcode.Sll, x[1], Operand.Imm((ulong)(64 - s))));
        return [lo, Emit(hop, x[1], Operand.Imm((ulong)s))];
    }

    /// <summary>A 128-bit shift by a variable amount s &lt; 128: a branch on s &lt; 64 and two short paths.</summary>
    Operand[] ShiftVar(IrOpcode opc, Operand[] x, Operand s)
    {
        var r = new[] { Operand.V(mf.NewVReg()), Operand.V(mf.NewVReg()) };
        var small = mf.NewBlock(cur.Name + ".sh.lo");
        var big = mf.NewBlock(cur.Name + ".sh.hi");
        var join = mf.NewBlock(cur.Name + ".sh");
        small.Depth = big.Depth = join.Depth = cur.Depth;
        s = Zext(s, 7);
        cur.Term = new MTerm { Kind = TermKind.Br, Op = Opcode.Ltu, A = s, B = Operand.Imm(64), T = small, F = big };
        cur = small;
        var inv = Emit(Opcode.Xor, s, Operand.Imm(63)); // 63 − s, for s < 64
        if (opc == IrOpcode.Shl)
        {
            var carry = Emit(Opcode.Srl, Emit(Opcode.Srl, x[0], Operand.Imm(1)), inv);
            Copy(r[1], Emit(Opcode.Or, Emit(Opcode.Sll, x[1], s), carry));
            Copy(r[0], Emit(Opcode.Sll, x[0], s));
        }
        else
        {
            var carry = Emit(Opcode.Sll, Emit(Opcode.Sll, x[1], Operand.Imm(1)), inv);
            Copy(r[0], Emit(Opcode.Or, Emit(Opcode.Srl, x[0], s), carry));
            Copy(r[1], Emit(opc == IrOpcode.LShr ? Opcode.Srl : Opcode.Sra, x[1], s));
        }
        small.Term = new MTerm { Kind = TermKind.Jmp, T = join };
        cur = big;
        if (opc == IrOpcode.Shl)
        {
            Copy(r[1], Emit(Opcode.Sll, x[0], s)); // sll uses s & 63 = s − 64 (§3.1)
            Copy(r[0], Operand.Zero);
        }
        else
        {
            Copy(r[0], Emit(opc == IrOpcode.LShr ? Opcode.Srl : Opcode.Sra, x[1], s));
            Copy(r[1], opc == IrOpcode.LShr ? Operand.Zero : Emit(Opcode.Sra, x[1], Operand.Imm(63)));
        }
        big.Term = new MTerm { Kind = TermKind.Jmp, T = join };
        cur = join;
        return r;
    }

    /// <summary>A compare of integers of two or more parts (i65 and up: i128, and the i144 of a
    /// bit-field struct LLVM loads whole), as a 0/1 value.</summary>
    Operand WideCompare(IrInstruction cmp)
    {
        var ops = cmp.Operands;
        int w = ops[0].Type.IntegerWidth;
        int n = parts.Of(ops[0].Type).Length;
        var p = cmp.IntPredicate;
        bool signed = p is IrIntPredicate.Slt or IrIntPredicate.Sle or IrIntPredicate.Sgt or IrIntPredicate.Sge;
        int hw = w - 64 * (n - 1);
        var x = (Operand[])Vals(ops[0]).Clone();
        var y = (Operand[])Vals(ops[1]).Clone();
        // The top part's unused bits are garbage: extend it as the predicate reads it.
        x[^1] = signed ? Sext(x[^1], hw) : Zext(x[^1], hw);
        y[^1] = signed ? Sext(y[^1], hw) : Zext(y[^1], hw);
        var f1 = new Fact(false, 1);
        if (p is IrIntPredicate.Eq or IrIntPredicate.Ne)
        {
            var d = Op1(IrOpcode.Xor, 64, x[0], y[0]);
            for (int k = 1; k < n; k++) d = Op1(IrOpcode.Or, 64, d, Op1(IrOpcode.Xor, 64, x[k], y[k]));
            if (d.IsConst) return Operand.Imm((d.Value == 0) == (p == IrIntPredicate.Eq) ? 1UL : 0UL);
            return p == IrIntPredicate.Eq ? Emit(Opcode.Eq, d, Operand.Zero, f1) : Emit(Opcode.Ltu, Operand.Zero, d, f1);
        }
        // a < b  ⇔  top(a) < top(b) ∨ (top(a) = top(b) ∧ rest(a) < rest(b)), down to the lowest part.
        bool swap = p is IrIntPredicate.Ugt or IrIntPredicate.Uge or IrIntPredicate.Sgt or IrIntPredicate.Sge;
        bool orEqual = p is IrIntPredicate.Ule or IrIntPredicate.Uge or IrIntPredicate.Sle or IrIntPredicate.Sge;
        return swap ? WideLess(y, x, signed, orEqual) : WideLess(x, y, signed, orEqual);
    }

    /// <summary>a &lt; b (a ≤ b with <paramref name="orEqual"/>) on integers of two or more parts whose
    /// top parts are already extended, as a 0/1 value: the top part's compares first, only the top part
    /// signed, ≤u on the lowest part.</summary>
    Operand WideLess(Operand[] a, Operand[] b, bool signed, bool orEqual)
    {
        var f1 = new Fact(false, 1);
        Operand Less(int k)
        {
            if (k == 0) return Emit(orEqual ? Opcode.Leu : Opcode.Ltu, a[0], b[0], f1);
            var hiLt = Emit(signed && k == a.Length - 1 ? Opcode.Lt : Opcode.Ltu, a[k], b[k], f1);
            var hiEq = Emit(Opcode.Eq, a[k], b[k], f1);
            return Emit(Opcode.Or, hiLt, Emit(Opcode.And, hiEq, Less(k - 1), f1), f1);
        }
        return Less(a.Length - 1);
    }
}
