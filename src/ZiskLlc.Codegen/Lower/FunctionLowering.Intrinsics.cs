using ZiskLlc.Codegen.Mir;
using ZiskLlc.Isa;
using ZiskLlc.Llvm;

namespace ZiskLlc.Codegen.Lower;

// LLVM intrinsics: markers vanish; min/max/abs are single ZisK ops; bit counts and byte swaps are
// straight-line sequences (ZisK has no such opcodes); overflow and saturating arithmetic; DMA for
// memcpy/memmove/memset; traps halt (§3.1); va_start stores the variadic area pointer.
public sealed partial class FunctionLowering
{
    void Intrinsic(IrInstruction i, string fam)
    {
        var a = i.CallArguments;
        int W() => i.Type.Kind == IrTypeKind.Integer ? i.Type.IntegerWidth : a[0].Type.IntegerWidth;
        switch (fam)
        {
            case "llvm.lifetime.start" or "llvm.lifetime.end" or "llvm.assume" or "llvm.dbg.value" or "llvm.dbg.declare"
                or "llvm.dbg.assign" or "llvm.dbg.label" or "llvm.experimental.noalias.scope.decl" or "llvm.sideeffect"
                or "llvm.pseudoprobe" or "llvm.donothing" or "llvm.prefetch" or "llvm.va_end" or "llvm.invariant.end":
                return;
            case "llvm.invariant.start": Set(i, Operand.Zero); return;
            case "llvm.launder.invariant.group" or "llvm.strip.invariant.group" or "llvm.threadlocal.address"
                or "llvm.expect" or "llvm.expect.with.probability" or "llvm.ssa.copy":
                Set(i, Vals(a[0])); return;
            case "llvm.trap" or "llvm.debugtrap" or "llvm.ubsantrap":
                EndBlock(new MTerm { Kind = TermKind.Halt });
                return;
            case "llvm.memcpy" or "llvm.memcpy.inline" or "llvm.memmove":
                Copy(Val(a[0]), Val(a[1]), a[2]);
                return;
            case "llvm.memset" or "llvm.memset.inline":
                Fill(Val(a[0]), Val(a[1]), a[2]);
                return;
            case "llvm.umax" or "llvm.umin" or "llvm.smax" or "llvm.smin":
            {
                int w = W();
                bool s = fam is "llvm.smax" or "llvm.smin";
                if (parts.Of(i.Type).Length == 2) { Set(i, WideMinMax(fam, Vals(a[0]), Vals(a[1]), w)); return; }
                if (parts.Of(i.Type).Length != 1) throw new UnsupportedException($"{fam} on i{w}");
                // min_w/max_w compare the low words as i32 and give the winner sign-extended (what smin/smax
                // promise); minu_w/maxu_w sign-extend too, so umin/umax (zero-extended results) do not use them.
                if (s && w == 32 && !(ExtensionFree(Val(a[0]), 32, true) && ExtensionFree(Val(a[1]), 32, true)))
                {
                    Set(i, Emit(fam == "llvm.smax" ? Opcode.MaxW : Opcode.MinW, W32(Val(a[0])), W32(Val(a[1])), new Fact(true, 32)));
                    return;
                }
                var x = s ? Sext(Val(a[0]), w) : Zext(Val(a[0]), w);
                var y = s ? Sext(Val(a[1]), w) : Zext(Val(a[1]), w);
                var op = fam switch { "llvm.umax" => Opcode.Maxu, "llvm.umin" => Opcode.Minu, "llvm.smax" => Opcode.Max, _ => Opcode.Min };
                Set(i, Emit(op, x, y, new Fact(s, w)));
                return;
            }
            case "llvm.abs":
            {
                int w = W();
                if (parts.Of(i.Type).Length == 2)
                {
                    // (x ^ s) − s with s = all copies of the sign bit.
                    var xs = Vals(a[0]);
                    var hi = Sext(xs[1], w - 64);
                    var sgn = Emit(Opcode.Sra, hi, Operand.Imm(63));
                    Set(i, Wide(IrOpcode.Sub, w, [Emit(Opcode.Xor, xs[0], sgn), Emit(Opcode.Xor, hi, sgn)], [sgn, sgn]));
                    return;
                }
                if (parts.Of(i.Type).Length != 1) throw new UnsupportedException($"{fam} on i{w}");
                var x = Sext(Val(a[0]), w);
                Set(i, Emit(Opcode.Max, x, Emit(Opcode.Sub, Operand.Zero, x)));
                return;
            }
            case "llvm.ctpop": Set(i, BitCount(Vals(a[0]), W(), 0)); return;
            case "llvm.ctlz": Set(i, BitCount(Vals(a[0]), W(), 1)); return;
            case "llvm.cttz": Set(i, BitCount(Vals(a[0]), W(), 2)); return;
            case "llvm.bswap": Set(i, ByteSwap(Vals(a[0]), W(), reverseBits: false)); return;
            case "llvm.bitreverse": Set(i, ByteSwap(Vals(a[0]), W(), reverseBits: true)); return;
            case "llvm.fshl" or "llvm.fshr":
            {
                int w = W();
                if (parts.Of(i.Type).Length != 1) throw new UnsupportedException($"{fam} on i{w}");
                if (w == 32 && a[0].Handle == a[1].Handle && a[2].Kind == IrValueKind.ConstantInt && !Val(a[0]).IsConst)
                {
                    int k = (int)(a[2].UnsignedInteger % 32);
                    Set(i, Rotate32(i, a[0], fam == "llvm.fshl" ? (32 - k) % 32 : k));
                    return;
                }
                Set(i, Funnel(fam == "llvm.fshl", w, Val(a[0]), Val(a[1]), Val(a[2])));
                return;
            }
            case "llvm.uadd.with.overflow" or "llvm.sadd.with.overflow" or "llvm.usub.with.overflow"
                or "llvm.ssub.with.overflow" or "llvm.umul.with.overflow" or "llvm.smul.with.overflow":
            {
                int w = a[0].Type.IntegerWidth;
                if (parts.Of(a[0].Type).Length != 1) throw new UnsupportedException($"{fam} on i{w}");
                var (r, o) = Overflow(fam["llvm.".Length..fam.IndexOf('.', 5)], w, Val(a[0]), Val(a[1]));
                Set(i, r, o);
                return;
            }
            case "llvm.uadd.sat" or "llvm.usub.sat" or "llvm.sadd.sat" or "llvm.ssub.sat":
            {
                int w = W();
                if (parts.Of(i.Type).Length != 1) throw new UnsupportedException($"{fam} on i{w}");
                string kind = fam["llvm.".Length..fam.IndexOf('.', 5)];
                var x = Val(a[0]);
                var (r, o) = Overflow(kind, w, x, Val(a[1]));
                var m = Emit(Opcode.Sub, Operand.Zero, o); // all ones on overflow
                if (kind == "uadd") { Set(i, Emit(Opcode.Or, r, m)); return; }
                if (kind == "usub") { Set(i, Emit(Opcode.And, r, Emit(Opcode.Xor, m, Operand.Imm(ulong.MaxValue)))); return; }
                // Signed: the bound on the side of x's sign: MAX ^ (x >> 63) gives MAX or MIN.
                var sx = Sext(x, w);
                var bound = Emit(Opcode.Xor, Emit(Opcode.Sra, sx, Operand.Imm(63)), Operand.Imm(Mask(w - 1)));
                Set(i, Emit(Opcode.Xor, r, Emit(Opcode.And, Emit(Opcode.Xor, r, bound), m)));
                return;
            }
            case "llvm.ucmp" or "llvm.scmp":
            {
                int w = a[0].Type.IntegerWidth;
                if (parts.Of(a[0].Type).Length != 1) throw new UnsupportedException($"{fam} on i{w}");
                bool s = fam == "llvm.scmp";
                var x = s ? Sext(Val(a[0]), w) : Zext(Val(a[0]), w);
                var y = s ? Sext(Val(a[1]), w) : Zext(Val(a[1]), w);
                var op = s ? Opcode.Lt : Opcode.Ltu;
                Set(i, Emit(Opcode.Sub, Emit(op, y, x), Emit(op, x, y)));
                return;
            }
            case "llvm.stacksave":
                Set(i, Emit(Opcode.CopyB, Operand.Zero, Operand.M(abi.SpAddr)));
                return;
            case "llvm.stackrestore":
                Put(Opcode.CopyB, Operand.Zero, Val(a[0]), Operand.M(abi.SpAddr));
                return;
            case "llvm.va_start":
                if (vaPtr.Kind == OpKind.None) throw new UnsupportedException("va_start in a function that is not variadic");
                Put(Opcode.CopyB, Val(a[0]), vaPtr, Operand.Ind(0, 8));
                return;
            case "llvm.va_copy":
            {
                var v = Emit(Opcode.CopyB, Val(a[1]), Operand.Ind(0, 8));
                Put(Opcode.CopyB, Val(a[0]), v, Operand.Ind(0, 8));
                return;
            }
            case "llvm.ptrmask":
                Set(i, Emit(Opcode.And, Val(a[0]), Val(a[1])));
                return;
        }
        if (FloatIntrinsic(i, fam)) return;
        throw new UnsupportedException($"the intrinsic '{i.IntrinsicName}' is not supported by the direct route");
    }

    /// <summary>min/max of two-part integers: x when (max ? y &lt; x : x &lt; y), else y — one
    /// <see cref="WideLess"/> and one branch choosing the parts.</summary>
    Operand[] WideMinMax(string fam, Operand[] x, Operand[] y, int w)
    {
        bool signed = fam is "llvm.smax" or "llvm.smin", max = fam is "llvm.umax" or "llvm.smax";
        int hw = w - 64;
        var xs = new[] { x[0], signed ? Sext(x[1], hw) : Zext(x[1], hw) };
        var ys = new[] { y[0], signed ? Sext(y[1], hw) : Zext(y[1], hw) };
        var lt = max ? WideLess(ys, xs, signed, orEqual: false) : WideLess(xs, ys, signed, orEqual: false);
        var r = new[] { Operand.V(mf.NewVReg()), Operand.V(mf.NewVReg()) };
        var pickX = mf.NewBlock(cur.Name + ".minmax.x");
        var pickY = mf.NewBlock(cur.Name + ".minmax.y");
        var join = mf.NewBlock(cur.Name + ".minmax");
        pickX.Depth = pickY.Depth = join.Depth = cur.Depth;
        cur.Term = new MTerm { Kind = TermKind.Br, Op = Opcode.Eq, A = lt, B = Operand.Zero, T = pickY, F = pickX };
        cur = pickX;
        ParallelCopy(r, xs);
        cur.Term = new MTerm { Kind = TermKind.Jmp, T = join };
        cur = pickY;
        ParallelCopy(r, ys);
        cur.Term = new MTerm { Kind = TermKind.Jmp, T = join };
        cur = join;
        return r;
    }

    // ---------------------------------------------------------------- bit counting

    /// <summary>kind 0 = ctpop, 1 = ctlz, 2 = cttz.</summary>
    Operand[] BitCount(Operand[] x, int w, int kind)
    {
        Func<Operand, int, Operand> one = kind switch { 0 => Popcount, 1 => Ctlz, _ => Cttz };
        if (x.Length == 1) return [one(x[0], w)];
        if (x.Length != 2) throw new UnsupportedException($"bit counting on i{w}");
        int hw = w - 64;
        var lo = x[0];
        var hi = Zext(x[1], hw);
        if (kind == 0) return [Emit(Opcode.Add, Popcount(lo, 64), Popcount(hi, hw)), Operand.Zero];
        // ctlz: hi ≠ 0 ? ctlz(hi) : hw + ctlz(lo); cttz: lo ≠ 0 ? cttz(lo) : 64 + cttz(hi). Branch-free via a mask.
        Operand a, b, pick;
        if (kind == 1) { a = Ctlz(hi, hw); b = Emit(Opcode.Add, Ctlz(lo, 64), Operand.Imm((ulong)hw)); pick = Emit(Opcode.Eq, hi, Operand.Zero); }
        else { a = Cttz(lo, 64); b = Emit(Opcode.Add, Cttz(hi, hw), Operand.Imm(64)); pick = Emit(Opcode.Eq, lo, Operand.Zero); }
        var m = Emit(Opcode.Sub, Operand.Zero, pick); // all ones when the other word decides
        return [Emit(Opcode.Xor, a, Emit(Opcode.And, Emit(Opcode.Xor, a, b), m)), Operand.Zero];
    }

    Operand Popcount(Operand x, int w)
    {
        x = Zext(x, w);
        if (x.IsConst) return Operand.Imm((ulong)System.Numerics.BitOperations.PopCount(x.Value));
        var t = Emit(Opcode.Sub, x, Emit(Opcode.And, Emit(Opcode.Srl, x, Operand.Imm(1)), Operand.Imm(0x5555555555555555)));
        t = Emit(Opcode.Add, Emit(Opcode.And, t, Operand.Imm(0x3333333333333333)), Emit(Opcode.And, Emit(Opcode.Srl, t, Operand.Imm(2)), Operand.Imm(0x3333333333333333)));
        t = Emit(Opcode.And, Emit(Opcode.Add, t, Emit(Opcode.Srl, t, Operand.Imm(4))), Operand.Imm(0x0F0F0F0F0F0F0F0F));
        return Emit(Opcode.Srl, Emit(Opcode.Mul, t, Operand.Imm(0x0101010101010101)), Operand.Imm(56), new Fact(false, 8));
    }

    Operand Ctlz(Operand x, int w)
    {
        x = Zext(x, w);
        if (x.IsConst) return Operand.Imm((ulong)(System.Numerics.BitOperations.LeadingZeroCount(x.Value) - (64 - w)));
        // Smear the highest set bit down, then count what is left.
        for (int s = 1; s < w; s *= 2) x = Emit(Opcode.Or, x, Emit(Opcode.Srl, x, Operand.Imm((ulong)s)));
        return Emit(Opcode.Sub, Operand.Imm((ulong)w), Popcount(x, w), new Fact(false, 8));
    }

    Operand Cttz(Operand x, int w)
    {
        if (x.IsConst) { ulong v = x.Value & Mask(w); return Operand.Imm(v == 0 ? (ulong)w : (ulong)System.Numerics.BitOperations.TrailingZeroCount(v)); }
        // ~x & (x − 1): ones exactly below the lowest set bit (all w ones for x = 0).
        var t = Emit(Opcode.And, Emit(Opcode.Xor, x, Operand.Imm(ulong.MaxValue)), Emit(Opcode.Add, x, Operand.Imm(ulong.MaxValue)));
        return Popcount(t, w);
    }

    Operand[] ByteSwap(Operand[] x, int w, bool reverseBits)
    {
        if (x.Length == 2 && w == 128) return [SwapWord(x[1], 64, reverseBits), SwapWord(x[0], 64, reverseBits)];
        if (x.Length != 1) throw new UnsupportedException($"byte swap of i{w}");
        return [SwapWord(x[0], w, reverseBits)];
    }

    /// <summary>Swaps the bytes (or bits) of a w-bit value by pairwise swaps of growing size.</summary>
    Operand SwapWord(Operand x, int w, bool reverseBits)
    {
        x = Zext(x, w);
        if (w == 32 && !reverseBits)
        {
            // b3 b2 b1 b0 → b0 b1 b2 b3 from two rotates of the word held twice (see Rotate32): rotr 8 gives
            // b0 b3 b2 b1, rotr 24 gives b2 b1 b0 b3; keep alternate bytes of each. Six steps, not eight, and
            // the result is clean.
            var xx = Emit(Opcode.Mul, x, Operand.Imm(0x1_0000_0001));
            return Emit(Opcode.Or, Emit(Opcode.And, Emit(Opcode.Srl, xx, Operand.Imm(8)), Operand.Imm(0xFF00_FF00)),
                        Emit(Opcode.And, Emit(Opcode.Srl, xx, Operand.Imm(24)), Operand.Imm(0x00FF_00FF)), new Fact(false, 32));
        }
        if (!System.Numerics.BitOperations.IsPow2(w))
        {
            // The pairwise swaps need a power-of-two width: swap the zero-extended value in the next
            // one up, whose low p − w bits are then the zeros from above w.
            int p = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)w);
            return Emit(Opcode.Srl, SwapWord(x, p, reverseBits), Operand.Imm((ulong)(p - w)));
        }
        ulong[] masks = [0x5555555555555555, 0x3333333333333333, 0x0F0F0F0F0F0F0F0F, 0x00FF00FF00FF00FF, 0x0000FFFF0000FFFF, 0x00000000FFFFFFFF];
        for (int k = reverseBits ? 0 : 3, s = 1 << k; s < w; k++, s *= 2)
        {
            ulong m = masks[k] & Mask(w);
            if (2 * s == w)
            {
                // The last swap of the two halves: (x >> s) | (x << s), upper garbage allowed.
                x = Emit(Opcode.Or, Emit(Opcode.Srl, x, Operand.Imm((ulong)s)), Emit(Opcode.Sll, x, Operand.Imm((ulong)s)));
                continue;
            }
            x = Emit(Opcode.Or, Emit(Opcode.And, Emit(Opcode.Srl, x, Operand.Imm((ulong)s)), Operand.Imm(m)),
                     Emit(Opcode.Sll, Emit(Opcode.And, x, Operand.Imm(m)), Operand.Imm((ulong)s)));
        }
        return x;
    }

    /// <summary>
    /// A 32-bit rotate right by r of v: the low word of X ≫ r, where X = x·(2^32 + 1) holds the zero-extended
    /// word twice — one step per rotate once X exists (SHA-256's Σ0(a) rotates a three times: five steps with
    /// the zero extension and X, not nine). X costs a step (a mul, and the extension unless that is free),
    /// so a lone rotate of an unextended word is Funnel's srl_w, sll and or instead (same steps, cheaper ops).
    /// The result carries garbage above bit 31, as any narrow result may.
    /// </summary>
    Operand Rotate32(IrInstruction at, IrValue v, int r)
    {
        var x = Val(v);
        if (r == 0) return x;
        // (Whether X is already made needs no look-up: only this test makes it, and its answer for v in this block does not change.)
        bool shared = ExtensionFree(x, 32, false) || RotatesInBlock(at, v) > 1;
        if (!shared) return Funnel(left: false, 32, x, x, Operand.Imm((ulong)r));
        var xx = Emit(Opcode.Mul, Zext(x, 32), Operand.Imm(0x1_0000_0001));
        return Emit(Opcode.Srl, xx, Operand.Imm((ulong)r));
    }

    /// <summary>How many constant 32-bit rotates of v (fshl/fshr of v with itself) the block of <paramref name="at"/> has.</summary>
    int RotatesInBlock(IrInstruction at, IrValue v)
    {
        if (!users.TryGetValue(v.Handle, out var us)) return 0;
        int n = 0;
        foreach (var uh in us.Distinct())   // a rotate lists v twice among its users (both operands)
        {
            var u = new IrInstruction(uh);
            if (u.Opcode == IrOpcode.Call && u.Block.Handle == at.Block.Handle && u.IntrinsicFamily is "llvm.fshl" or "llvm.fshr"
                && u.Operands[0].Handle == v.Handle && u.Operands[1].Handle == v.Handle && u.Operands[2].Kind == IrValueKind.ConstantInt) n++;
        }
        return n;
    }

    /// <summary>fshl(a, b, s) = (a ≪ s) | (b ≫ (w − s)); fshr(a, b, s) = (a ≪ (w − s)) | (b ≫ s); s mod w.</summary>
    Operand Funnel(bool left, int w, Operand a, Operand b, Operand s)
    {
        // By a constant on i32, srl_w shifts b's low word: no zero extension first (§2).
        var srl = s.IsConst && w == 32 && !ExtensionFree(b, 32, false) ? Opcode.SrlW : Opcode.Srl;
        if (srl == Opcode.Srl) b = Zext(b, w);
        if (s.IsConst)
        {
            int k = (int)((s.Value & Mask(w)) % (ulong)w); // narrow constants are sign-extended
            if (k == 0) return left ? a : b;
            return left
                ? Emit(Opcode.Or, Emit(Opcode.Sll, a, Operand.Imm((ulong)k)), Emit(srl, b, Operand.Imm((ulong)(w - k))))
                : Emit(Opcode.Or, Emit(srl, b, Operand.Imm((ulong)k)), Emit(Opcode.Sll, a, Operand.Imm((ulong)(w - k))));
        }
        if (!System.Numerics.BitOperations.IsPow2(w)) throw new UnsupportedException($"funnel shift of i{w} by a variable amount");
        var kk = Emit(Opcode.And, s, Operand.Imm((ulong)(w - 1)));
        var inv = Emit(Opcode.Xor, kk, Operand.Imm((ulong)(w - 1))); // w − 1 − k
        // Shifting by one first keeps both shift amounts below w (k = 0 gives the other operand alone).
        return left
            ? Emit(Opcode.Or, Emit(Opcode.Sll, a, kk), Emit(Opcode.Srl, Emit(Opcode.Srl, b, Operand.Imm(1)), inv))
            : Emit(Opcode.Or, Emit(Opcode.Srl, b, kk), Emit(Opcode.Sll, Emit(Opcode.Sll, a, Operand.Imm(1)), inv));
    }

    /// <summary>(result, overflow bit) of uadd/sadd/usub/ssub/umul/smul on w ≤ 64 bits.</summary>
    (Operand R, Operand O) Overflow(string kind, int w, Operand x, Operand y)
    {
        var f1 = new Fact(false, 1);
        Operand NonZero(Operand v) => Emit(Opcode.Ltu, Operand.Zero, v, f1);
        switch (kind)
        {
            case "uadd":
            {
                if (w == 64) { var r = Emit(Opcode.Add, x, y); return (r, Emit(Opcode.Ltu, r, x, f1)); }
                var s = Emit(Opcode.Add, Zext(x, w), Zext(y, w));
                return (s, Emit(Opcode.Srl, s, Operand.Imm((ulong)w), f1));
            }
            case "usub":
            {
                var zx = Zext(x, w); var zy = Zext(y, w);
                return (Emit(Opcode.Sub, zx, zy), Emit(Opcode.Ltu, zx, zy, f1));
            }
            case "sadd" or "ssub":
            {
                var op = kind == "sadd" ? Opcode.Add : Opcode.Sub;
                if (w == 64)
                {
                    var r = Emit(op, x, y);
                    // Overflow iff the operands' signs make it possible and the result's sign differs.
                    var t = kind == "sadd"
                        ? Emit(Opcode.And, Emit(Opcode.Xor, r, x), Emit(Opcode.Xor, r, y))
                        : Emit(Opcode.And, Emit(Opcode.Xor, x, y), Emit(Opcode.Xor, x, r));
                    return (r, Emit(Opcode.Srl, t, Operand.Imm(63), f1));
                }
                var s = Emit(op, Sext(x, w), Sext(y, w));
                return (s, NonZero(Emit(Opcode.Xor, Sext(s, w), s)));
            }
            case "umul":
            {
                var zx = Zext(x, w); var zy = Zext(y, w);
                var p = Emit(Opcode.Mul, zx, zy);
                if (w == 64) return (p, NonZero(Emit(Opcode.Muluh, zx, zy)));
                if (2 * w <= 64) return (p, NonZero(Emit(Opcode.Srl, p, Operand.Imm((ulong)w))));
                var h = Emit(Opcode.Or, Emit(Opcode.Muluh, zx, zy), Emit(Opcode.Srl, p, Operand.Imm((ulong)w)));
                return (p, NonZero(h));
            }
            case "smul":
            {
                var sx = Sext(x, w); var sy = Sext(y, w);
                var p = Emit(Opcode.Mul, sx, sy);
                if (w == 64) return (p, NonZero(Emit(Opcode.Xor, Emit(Opcode.Mulh, sx, sy), Emit(Opcode.Sra, p, Operand.Imm(63)))));
                if (2 * w <= 64) return (p, NonZero(Emit(Opcode.Xor, Sext(p, w), p)));
                throw new UnsupportedException($"smul.with.overflow on i{w}");
            }
        }
        throw new UnsupportedException($"{kind}.with.overflow");
    }
}
