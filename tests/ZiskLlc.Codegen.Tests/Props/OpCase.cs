using System.Numerics;

namespace ZiskLlc.Codegen.Tests.Props;

// Issue 9 item 2: the model of one operation-level property case. A case is decoded from a list of
// random "choice" words (choice 0 is always the simplest option), so CsCheck's shrinking of those
// words shrinks the case itself: to a simpler operation, a simpler width, constant operands and small
// values. The decoder only builds cases without undefined behaviour or poison (division by zero,
// INT_MIN / -1, shifts by ≥ width, flags that do not hold are dropped or their operands adjusted), and
// keeps to what the direct route supports (README "Not supported yet": one-part-only intrinsics,
// funnel shifts of non-power-of-two widths by variable amounts, smul.with.overflow on i33…i63).

/// <summary>Where an operand comes from: an immediate in the instruction, a load of a global, a load
/// of a wider global with garbage above the width then a trunc, an add that wraps (garbage above the
/// width in the register), a parameter of the case's function (main passes it, itself truncated), or
/// a wrapping add stored to an alloca and loaded back (an odd-width store and load), or an xor of two
/// constants (folded by the backend), a sext/zext from a narrower loaded value, or an lshr/ashr by a
/// constant of a loaded value (the last two leave facts about the upper bits: <see cref="Nested"/>).</summary>
public enum Src { Imm, Load, Arg, Trunc, Wrap, Slot, Fold, Ext, Shr }

/// <summary>The inner operation of an <see cref="Src.Ext"/> or <see cref="Src.Shr"/> operand, derived
/// from its garbage word: a width below w (Ext) or a shift amount below w (Shr), and signedness.</summary>
public static class Nested
{
    public static (int N, bool Signed) Of(BigInteger garbage, int w) => (1 + (int)(garbage % (w - 1)), !(garbage >> 8 & 1).IsZero);

    /// <summary>The global's content for Shr: the value shifted back up, its low bits from the garbage.</summary>
    public static BigInteger ShrInput(BigInteger v, BigInteger garbage, int w)
    {
        int n = Of(garbage, w).N;
        return (v << n | (garbage >> 9 & Ref.Mask(n))) & Ref.Mask(w);
    }

    /// <summary>Whether the written inner operation gives exactly v (operand adjustments may break it).</summary>
    public static bool Holds(Src src, BigInteger v, BigInteger garbage, int w) =>
        Value(src, src == Src.Ext ? v : ShrInput(v, garbage, w), garbage, w) == v;

    /// <summary>The operand's value when the inner operation is applied to <paramref name="x"/>.</summary>
    public static BigInteger Value(Src src, BigInteger x, BigInteger garbage, int w)
    {
        var (n, signed) = Of(garbage, w);
        return src == Src.Ext
            ? (signed ? Ref.S(x & Ref.Mask(n), n) : x & Ref.Mask(n)) & Ref.Mask(w)
            : (signed ? Ref.S(x, w) >> n : x >> n) & Ref.Mask(w);
    }
}

/// <summary>One operation with its operands. <see cref="Args"/> are unsigned values of their widths.</summary>
/// <param name="Kind">"bin", "icmp", "select", "cast", "un" (one-operand intrinsic), "bi" (two-operand intrinsic), "fsh", "rot" (a funnel
/// shift of a value with itself; Flags "pair": two of them, by the amount and by the amount + 5, xored), "ovf",
/// "cmpsel"/"cmpbr" (icmp of operands 0 and 1 choosing operand 2 or 3 by a select / a branch and a phi: compare fusion)</param>
/// <param name="Op">the instruction, predicate or intrinsic name (add, slt, zext, ctlz, umin, fshl, uadd, …)</param>
/// <param name="W">the operand width</param>
/// <param name="RW">the result width (casts, ucmp/scmp)</param>
/// <param name="Flags">nuw/nsw/exact/nneg written after the opcode (only when they hold)</param>
/// <param name="Srcs">one per operand</param>
/// <param name="Garbage">the bits a Trunc operand carries above its width</param>
/// <param name="Spill">a call between making the operands and the operation: they live in memory slots</param>
/// <param name="Ret">the result is returned to main (else written by the case's function itself)</param>
/// <param name="SextOut">the result is written sign-extended (else zero-extended)</param>
/// <param name="Ext">ABI extension attribute of the case's narrow parameters and result: "", "signext" or "zeroext"</param>
/// <param name="Post">an operation on the (one-part, narrow) result before it is written: "", "lshr", "ashr", "urem", "srem"
/// (they observe the bits above the width), by <see cref="PostK"/></param>
public sealed record OpCase(string Kind, string Op, int W, int RW, string Flags, BigInteger[] Args, Src[] Srcs,
    BigInteger[] Garbage, bool Spill, bool Ret, bool SextOut, string Ext = "", string Post = "", int PostK = 0)
{
    public int ArgWidth(int j) => Kind == "select" && j == 0 ? 1 : W;

    public override string ToString() =>
        $"{Kind} {Op}{(Flags.Length > 0 ? " " + Flags : "")} i{W}{(RW != W ? "->i" + RW : "")} ({string.Join(", ", Args.Select((a, j) => $"{Srcs[j]}:{a}"))})" +
        $"{(Spill ? " spill" : "")}{(Ret ? " ret" : "")}{(SextOut ? " sext" : "")}{(Ext.Length > 0 ? " " + Ext : "")}{(Post.Length > 0 ? $" then {Post} {PostK}" : "")}";
}

/// <summary>Sequential reader of choice words; past the end every choice is 0.</summary>
public sealed class Choices(uint[] words)
{
    int _i;
    public uint Next() => _i < words.Length ? words[_i++] : 0;
    public int Pick(int n) => (int)(Next() % (uint)n);
    public T Pick<T>(IReadOnlyList<T> xs) => xs[Pick(xs.Count)];
    public bool Bit() => (Next() & 1) != 0;
    public BigInteger Bits(int w)
    {
        BigInteger v = 0;
        for (int k = 0; k < (w + 31) / 32; k++) v |= (BigInteger)Next() << (32 * k);
        return v & Ref.Mask(w);
    }
}

public static class OpCaseDecoder
{
    static readonly int[] Widths = [8, 32, 64, 1, 16, 128, 2, 3, 7, 9, 12, 15, 17, 24, 31, 33, 40, 48, 56, 63, 65, 72, 96, 100, 127];
    static readonly int[] Narrow = [.. Widths.Where(w => w <= 64)];
    static readonly string[] Bin = ["add", "sub", "and", "or", "xor", "mul", "shl", "lshr", "ashr", "udiv", "sdiv", "urem", "srem"];
    static readonly string[] Preds = ["eq", "ne", "ult", "ule", "ugt", "uge", "slt", "sle", "sgt", "sge"];
    static readonly string[] Un = ["ctpop", "ctlz", "cttz", "abs", "bitreverse", "bswap"];
    static readonly string[] Bi = ["umin", "umax", "smin", "smax", "uadd.sat", "usub.sat", "sadd.sat", "ssub.sat", "ucmp", "scmp"];
    static readonly string[] Ovf = ["uadd", "sadd", "usub", "ssub", "umul", "smul"];

    /// <summary>A value of width w: edge values first, then small and random ones.</summary>
    static BigInteger Value(Choices c, int w)
    {
        BigInteger m = Ref.Mask(w), min = BigInteger.One << (w - 1);
        return c.Pick(10) switch
        {
            0 => 0,
            1 => 1 & m,
            2 => m,
            3 => min,
            4 => min - 1,
            5 => (w - 1) & m,
            6 => c.Next() % 16 & m,
            7 => (BigInteger.One << c.Pick(w)) + c.Pick(3) - 1 & m,
            8 => m - (c.Next() % 16) & m,
            _ => c.Bits(w),
        };
    }

    public static OpCase Decode(uint[] words)
    {
        var c = new Choices(words);
        string kind = c.Pick(["bin", "icmp", "select", "cast", "un", "bi", "fsh", "ovf", "bin", "icmp", "cmpsel", "cmpbr", "rot"]);
        string op; int w, rw; int n;
        switch (kind)
        {
            case "bin": op = c.Pick(Bin); w = c.Pick(Widths); rw = w; n = 2; break;
            case "icmp": op = c.Pick(Preds); w = c.Pick([.. Widths, 144, 192, 200]); rw = 1; n = 2; break;  // wider: bit-field structs
            case "select": op = "select"; w = c.Pick(Widths); rw = w; n = 3; break;
            case "cmpsel" or "cmpbr": op = c.Pick(Preds); w = c.Pick(Widths); rw = w; n = 4; break;
            case "cast":
                op = c.Pick(["zext", "sext", "trunc"]);
                w = c.Pick(Widths);
                if (op == "trunc" && w == 1) w = 8;
                if (op != "trunc" && w == 128) w = 64;
                var outs = Widths.Where(v => op == "trunc" ? v < w : v > w).ToArray();
                rw = c.Pick(outs); n = 1; break;
            case "un":
                op = c.Pick(Un);
                w = op switch { "bswap" => c.Pick([16, 32, 64, 48, 128]), "bitreverse" => c.Pick([.. Narrow, 128]), _ => c.Pick(Widths) };
                rw = w; n = 1; break;
            case "bi":
                op = c.Pick(Bi); w = op.EndsWith("min", StringComparison.Ordinal) || op.EndsWith("max", StringComparison.Ordinal) ? c.Pick(Widths) : c.Pick(Narrow); n = 2;
                rw = op.EndsWith("cmp", StringComparison.Ordinal) ? c.Pick([8, 32, 2, 64, 3]) : w;
                break;
            case "fsh": op = c.Pick(["fshl", "fshr"]); w = c.Pick(Narrow); rw = w; n = 3; break;
            case "rot": op = c.Pick(["fshl", "fshr"]); w = c.Pick([32, 32, 16, 64, 8]); rw = w; n = 2; break;
            default:
                op = c.Pick(Ovf); w = c.Pick(Narrow);
                if (op == "smul" && w > 32 && w < 64) w = 32;
                rw = w; n = 2; break;
        }
        var args = new BigInteger[n];
        var srcs = new Src[n];
        var garbage = new BigInteger[n];
        for (int j = 0; j < n; j++)
        {
            int aw = kind == "select" && j == 0 ? 1 : w;
            args[j] = Value(c, aw);
            srcs[j] = (Src)c.Pick(9);
            garbage[j] = c.Bits(128);
            if (srcs[j] is Src.Ext or Src.Shr && aw >= 2) args[j] = Nested.Value(srcs[j], args[j], garbage[j], aw);
            else if (srcs[j] is Src.Ext or Src.Shr) srcs[j] = Src.Load;
        }
        bool spill = c.Pick(3) == 1, ret = c.Bit(), sext = c.Bit();
        uint flagBits = c.Next();
        // Shift amounts below the width; funnel shifts by a variable amount only on power-of-two widths.
        if (kind == "bin" && op is "shl" or "lshr" or "ashr") args[1] %= w;
        if (kind == "fsh" && !BitOperations.IsPow2(w)) srcs[2] = Src.Imm;
        BigInteger m = Ref.Mask(w), min = BigInteger.One << (w - 1);
        if (kind == "bin" && op is "udiv" or "urem" or "sdiv" or "srem")
        {
            if (args[1] == 0) args[1] = 1;
            if (op is "sdiv" or "srem" && args[1] == m && args[0] == min) args[0] = (min + 1) & m;
        }
        string flags = "";
        // The i1 argument of abs (INT_MIN is poison) and ctlz/cttz (zero is poison): true only where it holds.
        if (kind == "un" && op is "abs" or "ctlz" or "cttz" && (flagBits & 1) != 0 && args[0] != (op == "abs" ? min : 0)) flags = "poison";
        if (kind == "rot" && (flagBits & 2) != 0) flags = "pair";
        if (kind == "bin")
        {
            var cands = op switch
            {
                "add" or "sub" or "mul" or "shl" => new[] { "nuw", "nsw" },
                "udiv" or "sdiv" or "lshr" or "ashr" => ["exact"],
                _ => [],
            };
            flags = string.Join(" ", cands.Where((f, k) => (flagBits >> k & 1) != 0 && Ref.FlagHolds(op, f, w, args[0], args[1])));
        }
        if (kind == "cast")
        {
            if (op == "zext" && (flagBits & 1) != 0 && args[0] < min) flags = "nneg";
            if (op == "trunc")
            {
                var list = new List<string>();
                if ((flagBits & 1) != 0 && args[0] >> rw == 0) list.Add("nuw");
                if ((flagBits & 2) != 0 && Ref.S(args[0], w) == Ref.S(args[0] & Ref.Mask(rw), rw)) list.Add("nsw");
                flags = string.Join(" ", list);
            }
        }
        for (int j = 0; j < n; j++)
            if (srcs[j] is Src.Ext or Src.Shr && !Nested.Holds(srcs[j], args[j], garbage[j], kind == "select" && j == 0 ? 1 : w)) srcs[j] = Src.Load;
        // The result of an overflow intrinsic is a struct: written by the case's function.
        if (kind == "ovf") ret = false;
        string ext = c.Pick(["", "signext", "zeroext"]);
        string post = rw is >= 2 and < 64 && kind != "ovf" ? c.Pick(["", "lshr", "ashr", "urem", "srem", "", ""]) : "";
        int k = post is "lshr" or "ashr" ? c.Pick(rw) : post.Length > 0 ? 2 + c.Pick(Math.Min(rw - 1, 20)) : 0;
        if (post is "urem" or "srem" && k >= 1 << (rw - 1)) k = 1; // a positive divisor of the result's width
        return new OpCase(kind, op, w, rw, flags, args, srcs, garbage, spill, ret, sext, ext, post, k);
    }
}
