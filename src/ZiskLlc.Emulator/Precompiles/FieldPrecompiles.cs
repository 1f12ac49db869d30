using System.Numerics;

namespace ZiskLlc.Emulator.Precompiles;

/// <summary>
/// The elliptic-curve and field precompiles of spec §3.3 over their prime fields: affine point
/// addition (distinct x) and doubling, Fp2 (i² = −1) add/sub/mul, and 384-bit a·b + c mod m. Numbers
/// are little-endian u64 words (4 per 256-bit, 6 per 384-bit element); inputs are reduced modulo the
/// field, results are canonical. Degenerate inputs (x1 = x2 in add, y = 0 in dbl) are the caller's
/// responsibility in ZisK; here they fault instead of returning garbage.
/// </summary>
public static class FieldPrecompiles
{
    /// <summary>A short Weierstrass curve y² = x³ + A·x + B over F_P, elements of <see cref="Words"/> u64.</summary>
    public sealed record Curve(string Name, BigInteger P, BigInteger A, BigInteger B, int Words);

    public static readonly Curve Secp256k1 = new("secp256k1",
        (BigInteger.One << 256) - (BigInteger.One << 32) - 977, 0, 7, 4);
    public static readonly Curve Secp256r1 = new("secp256r1",
        (BigInteger.One << 256) - (BigInteger.One << 224) + (BigInteger.One << 192) + (BigInteger.One << 96) - 1, -3,
        Hex("5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B"), 4);
    public static readonly Curve Bn254 = new("bn254",
        Hex("30644E72E131A029B85045B68181585D97816A916871CA8D3C208C16D87CFD47"), 0, 3, 4);
    public static readonly Curve Bls12_381 = new("bls12_381",
        Hex("1A0111EA397FE69A4B1BA7B6434BACD764774B84F38512BF6730D2A0F6B0F6241EABFFFEB153FFFFB9FEFFFFFFFFAAAB"), 0, 4, 6);

    /// <summary>Parses big-endian hex as a non-negative number.</summary>
    public static BigInteger Hex(string hex) => BigInteger.Parse("0" + hex, System.Globalization.NumberStyles.HexNumber);

    static BigInteger Mod(BigInteger v, BigInteger p) { var r = v % p; return r.Sign < 0 ? r + p : r; }

    static BigInteger Inverse(BigInteger v, BigInteger p, string what)
    {
        v = Mod(v, p);
        if (v.IsZero) throw new EmulationFault($"{what}: division by zero (degenerate input)");
        return BigInteger.ModPow(v, p - 2, p);
    }

    /// <summary>P1 + P2 for x1 ≠ x2: s = (y2 − y1)/(x2 − x1), x3 = s² − x1 − x2, y3 = s(x1 − x3) − y1.</summary>
    public static (BigInteger X, BigInteger Y) Add(Curve c, BigInteger x1, BigInteger y1, BigInteger x2, BigInteger y2)
    {
        var p = c.P;
        var s = Mod((y2 - y1) * Inverse(x2 - x1, p, c.Name + "_add"), p);
        var x3 = Mod(s * s - x1 - x2, p);
        return (x3, Mod(s * (x1 - x3) - y1, p));
    }

    /// <summary>2·P: s = (3x² + A)/(2y), x3 = s² − 2x, y3 = s(x − x3) − y.</summary>
    public static (BigInteger X, BigInteger Y) Dbl(Curve c, BigInteger x, BigInteger y)
    {
        var p = c.P;
        var s = Mod((3 * x * x + c.A) * Inverse(2 * y, p, c.Name + "_dbl"), p);
        var x3 = Mod(s * s - 2 * x, p);
        return (x3, Mod(s * (x - x3) - y, p));
    }

    /// <summary>The Fp2 operations: (a + b·i) op (c + d·i), i² = −1.</summary>
    public enum Fp2Op { Add, Sub, Mul }

    /// <summary>Applies an Fp2 operation.</summary>
    public static (BigInteger Re, BigInteger Im) Fp2(Curve c, Fp2Op op, BigInteger a, BigInteger b, BigInteger x, BigInteger y) => op switch
    {
        Fp2Op.Add => (Mod(a + x, c.P), Mod(b + y, c.P)),
        Fp2Op.Sub => (Mod(a - x, c.P), Mod(b - y, c.P)),
        _ => (Mod(a * x - b * y, c.P), Mod(a * y + b * x, c.P)),
    };

    /// <summary>Reads a point or Fp2 element (two field elements of <paramref name="words"/> words each) at addr.</summary>
    internal static (BigInteger, BigInteger) ReadPair(IPrecompileMemory mem, ulong addr, int words, BigInteger p)
    {
        Span<ulong> w = stackalloc ulong[words];
        for (int i = 0; i < words; i++) w[i] = mem.ReadU64(addr + 8 * (ulong)i);
        var first = BigInt256.ToBig(w) % p;
        for (int i = 0; i < words; i++) w[i] = mem.ReadU64(addr + 8 * (ulong)(words + i));
        return (first, BigInt256.ToBig(w) % p);
    }

    /// <summary>Writes two field elements of <paramref name="words"/> words each at addr.</summary>
    internal static void WritePair(IPrecompileMemory mem, ulong addr, int words, BigInteger first, BigInteger second)
    {
        Span<ulong> w = stackalloc ulong[words];
        BigInt256.FromBig(first, w);
        for (int i = 0; i < words; i++) mem.WriteU64(addr + 8 * (ulong)i, w[i]);
        BigInt256.FromBig(second, w);
        for (int i = 0; i < words; i++) mem.WriteU64(addr + 8 * (ulong)(words + i), w[i]);
    }
}
