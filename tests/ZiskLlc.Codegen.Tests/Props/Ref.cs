using System.Numerics;

namespace ZiskLlc.Codegen.Tests.Props;

/// <summary>
/// The independent reference of the property tests: LLVM's integer semantics (LangRef) evaluated on
/// BigInteger, values as unsigned integers of their width. Shares nothing with the backend.
/// </summary>
public static class Ref
{
    public static BigInteger Mask(int w) => (BigInteger.One << w) - 1;
    /// <summary>The signed value of an unsigned w-bit integer.</summary>
    public static BigInteger S(BigInteger v, int w) => v >= BigInteger.One << (w - 1) ? v - (BigInteger.One << w) : v;
    static BigInteger U(BigInteger v, int w) => v & Mask(w);
    static bool FitsS(BigInteger v, int w) => v >= -(BigInteger.One << (w - 1)) && v < BigInteger.One << (w - 1);
    static bool FitsU(BigInteger v, int w) => v >= 0 && v <= Mask(w);

    /// <summary>Whether a poison-generating flag holds for these operands (LangRef).</summary>
    public static bool FlagHolds(string op, string flag, int w, BigInteger a, BigInteger b) => (op, flag) switch
    {
        ("add", "nuw") => FitsU(a + b, w),
        ("add", "nsw") => FitsS(S(a, w) + S(b, w), w),
        ("sub", "nuw") => a >= b,
        ("sub", "nsw") => FitsS(S(a, w) - S(b, w), w),
        ("mul", "nuw") => FitsU(a * b, w),
        ("mul", "nsw") => FitsS(S(a, w) * S(b, w), w),
        ("shl", "nuw") => U(a << (int)b, w) >> (int)b == a,
        ("shl", "nsw") => S(U(a << (int)b, w), w) >> (int)b == S(a, w),
        ("udiv", "exact") => a % b == 0,
        ("sdiv", "exact") => BigInteger.Remainder(S(a, w), S(b, w)) == 0,
        ("lshr" or "ashr", "exact") => (a & Mask((int)b)) == 0,
        _ => false,
    };

    static BigInteger Rev(BigInteger v, int w)
    {
        BigInteger r = 0;
        for (int k = 0; k < w; k++) if (!(v >> k & 1).IsZero) r |= BigInteger.One << (w - 1 - k);
        return r;
    }

    static int Lz(BigInteger v, int w) { int n = 0; for (int k = w - 1; k >= 0 && (v >> k & 1).IsZero; k--) n++; return n; }
    static int Tz(BigInteger v, int w) { int n = 0; for (int k = 0; k < w && (v >> k & 1).IsZero; k++) n++; return n; }
    static int Pop(BigInteger v) { int n = 0; while (!v.IsZero) { n += (int)(v & 1); v >>= 1; } return n; }

    static BigInteger Clamp(BigInteger v, BigInteger lo, BigInteger hi) => v < lo ? lo : v > hi ? hi : v;

    /// <summary>The case's results as (value, width) pieces: one, or two for an overflow intrinsic.</summary>
    public static (BigInteger V, int W)[] Eval(OpCase c)
    {
        var r = Eval0(c);
        if (c.Post.Length == 0) return r;
        var (v, w) = r[0];
        BigInteger k = c.PostK;
        return [(U(c.Post switch
        {
            "lshr" => v >> c.PostK, "ashr" => S(v, w) >> c.PostK, "urem" => v % k, _ => BigInteger.Remainder(S(v, w), k),
        }, w), w)];
    }

    static (BigInteger V, int W)[] Eval0(OpCase c)
    {
        int w = c.W;
        var a = c.Args;
        BigInteger x = a[0], y = a.Length > 1 ? a[1] : 0, sx = S(x, w), sy = a.Length > 1 ? S(y, c.ArgWidth(1)) : 0;
        BigInteger min = BigInteger.One << (w - 1), smin = -min, smax = min - 1;
        switch (c.Kind)
        {
            case "bin":
                return [(U(c.Op switch
                {
                    "add" => x + y, "sub" => x - y, "mul" => x * y,
                    "and" => x & y, "or" => x | y, "xor" => x ^ y,
                    "shl" => x << (int)y, "lshr" => x >> (int)y, "ashr" => sx >> (int)y,
                    "udiv" => x / y, "urem" => x % y,
                    "sdiv" => BigInteger.Divide(sx, sy), "srem" => BigInteger.Remainder(sx, sy),
                    _ => throw new ArgumentException(c.Op),
                }, w), w)];
            case "cmpsel" or "cmpbr":
                return [(Eval0(c with { Kind = "icmp", RW = 1 })[0].V == 1 ? a[2] : a[3], w)];
            case "icmp":
                return [(c.Op switch
                {
                    "eq" => x == y, "ne" => x != y, "ult" => x < y, "ule" => x <= y, "ugt" => x > y, "uge" => x >= y,
                    "slt" => sx < sy, "sle" => sx <= sy, "sgt" => sx > sy, _ => sx >= sy,
                } ? 1 : 0, 1)];
            case "select":
                return [(x == 1 ? a[1] : a[2], w)];
            case "cast":
                return [(c.Op switch { "zext" => x, "sext" => U(sx, c.RW), _ => U(x, c.RW) }, c.RW)];
            case "un":
                return [(c.Op switch
                {
                    "ctpop" => Pop(x), "ctlz" => Lz(x, w), "cttz" => Tz(x, w),
                    "abs" => U(BigInteger.Abs(sx), w),
                    "bitreverse" => Rev(x, w),
                    _ => Enumerable.Range(0, w / 8).Aggregate(BigInteger.Zero, (r, k) => r | (x >> (8 * k) & 0xFF) << (w - 8 - 8 * k)),
                }, w)];
            case "bi":
                return [(c.Op switch
                {
                    "umin" => BigInteger.Min(x, y), "umax" => BigInteger.Max(x, y),
                    "smin" => U(BigInteger.Min(sx, sy), w), "smax" => U(BigInteger.Max(sx, sy), w),
                    "uadd.sat" => BigInteger.Min(x + y, Mask(w)), "usub.sat" => BigInteger.Max(x - y, 0),
                    "sadd.sat" => U(Clamp(sx + sy, smin, smax), w), "ssub.sat" => U(Clamp(sx - sy, smin, smax), w),
                    "ucmp" => U(x < y ? -1 : x > y ? 1 : 0, c.RW),
                    _ => U(sx < sy ? -1 : sx > sy ? 1 : 0, c.RW),
                }, c.RW)];
            case "rot":
            {
                BigInteger Rot(BigInteger s) { int k = (int)(s % w); return c.Op == "fshl" ? U(x << k | x >> (w - k), w) : U(x >> k | x << (w - k), w); }
                return [(c.Flags == "pair" ? Rot(y) ^ Rot(U(y + 5, w)) : Rot(y), w)];
            }
            case "fsh":
            {
                int s = (int)(a[2] % w);
                BigInteger cat = x << w | y;
                return [(c.Op == "fshl" ? U(cat << s >> w, w) : U(cat >> s, w), w)];
            }
            default:
            {
                var (r, o) = c.Op switch
                {
                    "uadd" => (x + y, !FitsU(x + y, w)),
                    "sadd" => (sx + sy, !FitsS(sx + sy, w)),
                    "usub" => (x - y, x < y),
                    "ssub" => (sx - sy, !FitsS(sx - sy, w)),
                    "umul" => (x * y, !FitsU(x * y, w)),
                    _ => (sx * sy, !FitsS(sx * sy, w)),
                };
                return [(U(r, w), w), (o ? 1 : 0, 1)];
            }
        }
    }

    /// <summary>The 64-bit words the program writes for a result piece: extended to 64 bits (or to
    /// 128, two words, above 64), zero- or sign-extended as the case says.</summary>
    public static IEnumerable<ulong> Words(BigInteger v, int w, bool sext)
    {
        int to = w <= 64 ? 64 : 128;
        var e = sext ? U(S(v, w), to) : v;
        for (int k = 0; k < to / 64; k++) yield return (ulong)(e >> (64 * k) & ulong.MaxValue);
    }
}
