using ZiskLlc.Codegen.Mir;
using ZiskLlc.Isa;
using ZiskLlc.Llvm;

namespace ZiskLlc.Codegen.Lower;

// Zero and sign extensions of narrow values (normalising the bits above a width, §3.1 costs and the
// W ops, which read only the low word, §9.3), and where they go: at the use, or — when the use is in a deeper loop —
// once, right after the value's definition.
public sealed partial class FunctionLowering
{
    // ---------------------------------------------------------------- extensions at the definition

    /// <summary>Where each one-part value becomes available: its block and the instruction after which
    /// it is defined (null: the block's start — phis; after the prologue — parameters).</summary>
    readonly Dictionary<int, (MBlock Block, MInst? After)> home = [];
    /// <summary>Extensions placed at a value's home: (value, opcode-or-kind, bits) → the extended value.</summary>
    readonly Dictionary<(int, int, int), Operand> atHome = [];

    /// <summary>Records the home of <paramref name="i"/>'s value if its lowering created it (a value that
    /// is another's register, or was made elsewhere, keeps no home: its definition may not be here).</summary>
    void NoteHome(IrInstruction i, int fresh)
    {
        if (values.TryGetValue(i.Handle, out var v) && v is [{ IsVReg: true } x] && x.VRegId >= fresh && !home.ContainsKey(x.VRegId))
            home[x.VRegId] = (cur, cur.Insts.Count > 0 ? cur.Insts[^1] : null);
    }

    /// <summary>
    /// An extension a use in a deeper loop than the value's definition needs is computed once, right
    /// where the value is defined (which dominates every use), instead of on every iteration; later
    /// uses anywhere reuse it. A value whose definition is in the same loop keeps the extension at the
    /// use (it may be needed on one path only).
    /// </summary>
    bool AtHome(Operand x, int kind, int w, Func<Operand> make, out Operand result)
    {
        result = default;
        if (!x.IsVReg || !home.TryGetValue(x.VRegId, out var h)) return false;
        if (atHome.TryGetValue((x.VRegId, kind, w), out result)) return true;
        if (cur.Depth <= h.Block.Depth) return false;
        int pos = h.After is null ? 0 : h.Block.Insts.IndexOf(h.After) + 1;
        if (h.After is not null && pos == 0) return false;
        // Lower the extension at the end of a truncated home block, then put the rest back after it;
        // the current block's value numbering is set aside meanwhile.
        var saved = cur;
        var savedPure = new Dictionary<(Opcode, Operand, Operand), Operand>(pure);
        var savedPureBlock = pureBlock;
        int before = h.Block.Insts.Count;
        var tail = h.Block.Insts.GetRange(pos, before - pos);
        h.Block.Insts.RemoveRange(pos, before - pos);
        cur = h.Block;
        pure.Clear(); pureBlock = null;
        try { result = make(); }
        finally
        {
            h.Block.Insts.AddRange(tail);
            cur = saved;
            pure.Clear();
            foreach (var kv in savedPure) pure[kv.Key] = kv.Value;
            pureBlock = savedPureBlock;
        }
        atHome[(x.VRegId, kind, w)] = result;
        return true;
    }

    /// <summary>x with every bit at and above w zero.</summary>
    Operand Zext(Operand x, int w)
    {
        if (w >= 64) return x;
        if (x.IsConst) return Operand.Imm(x.Value & Mask(w));
        if (FactOf(x) is { Sign: false } f && f.Bits <= w) return x;
        if (AtHome(x, 0, w, () => Emit(Opcode.And, x, Operand.Imm(Mask(w)), new Fact(false, w)), out var h)) return h;
        return Emit(Opcode.And, x, Operand.Imm(Mask(w)), new Fact(false, w));
    }

    /// <summary>x with every bit at and above w a copy of bit w−1.</summary>
    Operand Sext(Operand x, int w)
    {
        if (w >= 64) return x;
        if (x.IsConst) return Operand.Imm(SignExtend(x.Value, w));
        if (FactOf(x) is { } f && ((f.Sign && f.Bits <= w) || (!f.Sign && f.Bits < w))) return x;
        if (AtHome(x, 1, w, () => SextHere(x, w), out var h)) return h;
        return SextHere(x, w);
    }

    /// <summary>True if x's extension from w bits (sign or zero) costs no step where it is used now: x is a
    /// constant or already extended, this block computed it, or it goes to x's home in an outer loop.</summary>
    bool ExtensionFree(Operand x, int w, bool sign)
    {
        if (x.IsConst) return true;
        if (sign ? IsSext(x, w) || SextAvailable(x, w) : FactOf(x) is { Sign: false } f && f.Bits <= w) return true;
        if (!x.IsVReg) return false;
        if (atHome.ContainsKey((x.VRegId, sign ? 1 : 0, w))) return true;
        return home.TryGetValue(x.VRegId, out var h) && cur.Depth > h.Block.Depth;
    }

    /// <summary>An operand for a W op: a constant as its low word (the only part a W op reads, §9.3; the ROM and
    /// the listing then show the i32 value), anything else as it is.</summary>
    static Operand W32(Operand x) => x.IsConst ? Operand.Imm(x.Value & 0xffff_ffff) : x;

    Operand SextHere(Operand x, int w)
    {
        var fact = new Fact(true, w);
        // An i1 is 0 or 1 once clean: its sign extension is 0 − x (one step).
        if (w == 1) return Emit(Opcode.Sub, Operand.Zero, Zext(x, 1), fact);
        switch (w)
        {
            case 8: return Emit(Opcode.SignExtendB, Operand.Zero, x, fact);
            case 16: return Emit(Opcode.SignExtendH, Operand.Zero, x, fact);
            case 32:
                // signextend_w reads only the low word of b: W ops see a and b with the high word cleared
                // (§9.3 — the main AIR sends [a0, (1 − m32)·a1] to the bus, main.pil), so any x will do.
                return Emit(Opcode.SignExtendW, Operand.Zero, x, fact);
        }
        var t = Emit(Opcode.Sll, x, Operand.Imm(64 - w));
        return Emit(Opcode.Sra, t, Operand.Imm(64 - w), fact);
    }
}
