using System.Numerics;

namespace ZiskLlc.Emulator.Precompiles;

/// <summary>The 256-bit integer precompiles add256, arith256 and arith256_mod (spec §3.3) on
/// little-endian arrays of four u64 (word 0 least significant).</summary>
public static class BigInt256
{
    /// <summary>c = a + b + cin mod 2^256; returns the carry out (0 or 1). cin is taken as given (ZisK passes the raw word).</summary>
    public static ulong Add(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, ulong cin, Span<ulong> c)
    {
        UInt128 carry = cin;
        for (int i = 0; i < 4; i++)
        {
            UInt128 s = (UInt128)a[i] + b[i] + carry;
            c[i] = (ulong)s;
            carry = s >> 64;
        }
        return (ulong)carry;
    }

    /// <summary>a·b + c as a 512-bit number: low 256 bits to dl, high 256 bits to dh.</summary>
    public static void MulAdd(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, ReadOnlySpan<ulong> c, Span<ulong> dl, Span<ulong> dh)
    {
        var r = ToBig(a) * ToBig(b) + ToBig(c);
        FromBig(r, dl);
        FromBig(r >> 256, dh);
    }

    /// <summary>d = (a·b + c) mod m, for any word count (arith256_mod: 4, arith384_mod: 6). A zero modulus
    /// is a fault (ZisK panics dividing by it).</summary>
    public static void MulAddMod(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, ReadOnlySpan<ulong> c, ReadOnlySpan<ulong> m, Span<ulong> d, string name = "arith256_mod")
    {
        var mod = ToBig(m);
        if (mod.IsZero) throw new EmulationFault($"{name}: modulus is zero");
        FromBig((ToBig(a) * ToBig(b) + ToBig(c)) % mod, d);
    }

    /// <summary>An unsigned number from little-endian u64 words.</summary>
    public static BigInteger ToBig(ReadOnlySpan<ulong> words)
    {
        var bytes = new byte[words.Length * 8];
        for (int i = 0; i < words.Length; i++) BitConverter.TryWriteBytes(bytes.AsSpan(8 * i), words[i]);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    /// <summary>The low 64·words.Length bits of a non-negative number into little-endian u64 words.</summary>
    public static void FromBig(BigInteger v, Span<ulong> words)
    {
        var mask = (BigInteger.One << 64) - 1;
        for (int i = 0; i < words.Length; i++) { words[i] = (ulong)(v & mask); v >>= 64; }
    }
}
