using System.Numerics;
using CsCheck;
using ZiskLlc.Emulator.Precompiles;
using ZiskLlc.Isa;
using F = ZiskLlc.Emulator.Precompiles.FieldPrecompiles;

namespace ZiskLlc.Emulator.Tests;

/// <summary>The curve, Fp2 and 384-bit precompiles: known multiples of the standard generators, group
/// laws, results on the curve, BigInteger references, and the precompile memory layout (§3.3, §8.6).</summary>
public class PrecompileFieldTests
{
    sealed class WordMemory : IPrecompileMemory, IMemoryAccessSink
    {
        readonly Dictionary<ulong, ulong> _w = new();
        public int Reads, Writes;
        public ulong ReadU64(ulong a) => _w.GetValueOrDefault(a);
        public void WriteU64(ulong a, ulong v) => _w[a] = v;
        public void Read(ulong address, int width) => Reads++;
        public void Write(ulong address, int width, ulong value) => Writes++;
    }

    static readonly (F.Curve Curve, BigInteger X, BigInteger Y, Opcode Add, Opcode Dbl)[] Generators =
    [
        (F.Secp256k1, F.Hex("79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798"),
            F.Hex("483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8"), Opcode.Secp256k1Add, Opcode.Secp256k1Dbl),
        (F.Secp256r1, F.Hex("6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296"),
            F.Hex("4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5"), Opcode.Secp256r1Add, Opcode.Secp256r1Dbl),
        (F.Bn254, 1, 2, Opcode.Bn254CurveAdd, Opcode.Bn254CurveDbl),
        (F.Bls12_381, F.Hex("17F1D3A73197D7942695638C4FA9AC0FC3688C4F9774B905A14E3A3F171BAC586C55E83FF97A1AEFFB3AF00ADB22C6BB"),
            F.Hex("08B3F481E3AAA0F1A09E30ED741D8AE4FCF5E095D5D00AF600DB18CB2C04B3EDD03CC744A2888AE40CAA232946C5E7E1"),
            Opcode.Bls12_381CurveAdd, Opcode.Bls12_381CurveDbl),
    ];

    static bool OnCurve(F.Curve c, BigInteger x, BigInteger y) =>
        ((y * y - (x * x * x + c.A * x + c.B)) % c.P + c.P) % c.P == 0;

    [Fact]
    public void Secp256k1KnownMultiples()
    {
        var (c, gx, gy, _, _) = Generators[0];
        var two = F.Dbl(c, gx, gy);
        Assert.Equal(F.Hex("C6047F9441ED7D6D3045406E95C07CD85C778E4B8CEF3CA7ABAC09B95C709EE5"), two.X);
        Assert.Equal(F.Hex("1AE168FEA63DC339A3C58419466CEAEEF7F632653266D0E1236431A950CFE52A"), two.Y);
        var three = F.Add(c, gx, gy, two.X, two.Y);
        Assert.Equal(F.Hex("F9308A019258C31049344F85F89D5229B531C845836F99B08601F113BCE036F9"), three.X);
        Assert.Equal(F.Hex("388F7B0F632DE8140FE337E62A37F3566500A99934C2231B6CB9FD7584B8E672"), three.Y);
    }

    [Fact]
    public void GroupLawsHoldOnEveryCurve()
    {
        foreach (var (c, gx, gy, _, _) in Generators)
        {
            Assert.True(OnCurve(c, gx, gy), $"{c.Name} generator");
            var g2 = F.Dbl(c, gx, gy);
            var g3 = F.Add(c, gx, gy, g2.X, g2.Y);
            var g4 = F.Dbl(c, g2.X, g2.Y);
            Assert.True(OnCurve(c, g2.X, g2.Y), c.Name + " 2G");
            Assert.True(OnCurve(c, g3.X, g3.Y), c.Name + " 3G");
            Assert.True(OnCurve(c, g4.X, g4.Y), c.Name + " 4G");
            // (G + 2G) + 4G == G + (2G + 4G) == 7G, and 4G = 2G + 2G computed as 3G + G
            var left = F.Add(c, g3.X, g3.Y, g4.X, g4.Y);
            var g6 = F.Add(c, g2.X, g2.Y, g4.X, g4.Y);
            var right = F.Add(c, gx, gy, g6.X, g6.Y);
            Assert.Equal(left, right);
            Assert.Equal(g4, F.Add(c, g3.X, g3.Y, gx, gy));
        }
    }

    static void PutPoint(WordMemory m, ulong addr, F.Curve c, BigInteger x, BigInteger y)
    {
        var w = new ulong[c.Words];
        BigInt256.FromBig(x, w); for (int i = 0; i < c.Words; i++) m.WriteU64(addr + 8 * (ulong)i, w[i]);
        BigInt256.FromBig(y, w); for (int i = 0; i < c.Words; i++) m.WriteU64(addr + 8 * (ulong)(c.Words + i), w[i]);
    }

    static (BigInteger, BigInteger) GetPoint(WordMemory m, ulong addr, F.Curve c)
    {
        var w = new ulong[c.Words];
        for (int i = 0; i < c.Words; i++) w[i] = m.ReadU64(addr + 8 * (ulong)i);
        var x = BigInt256.ToBig(w);
        for (int i = 0; i < c.Words; i++) w[i] = m.ReadU64(addr + 8 * (ulong)(c.Words + i));
        return (x, BigInt256.ToBig(w));
    }

    /// <summary>Through the machine layout: dbl in place at P; add with [p1, p2] at P overwriting p1;
    /// the counted accesses of §8.6 (dbl: 2w reads and writes at P; add: 2 + 2·2w reads, 2w writes).</summary>
    [Fact]
    public void CurvePrecompilesUseZisksMemoryLayout()
    {
        foreach (var (c, gx, gy, addOp, dblOp) in Generators)
        {
            var m = new WordMemory();
            const ulong P = 0xA0100000, P1 = 0xA0100100, P2 = 0xA0100200;
            PutPoint(m, P1, c, gx, gy);
            Assert.Equal(0UL, PrecompileDispatch.Execute(dblOp, 0, P1, 0, m));
            var two = GetPoint(m, P1, c);
            Assert.Equal(F.Dbl(c, gx, gy), two);
            PrecompileDispatch.CountAccesses(dblOp, P1, m, m);
            Assert.Equal((2 * c.Words, 2 * c.Words), (m.Reads, m.Writes));

            m.Reads = m.Writes = 0;
            PutPoint(m, P2, c, gx, gy);
            m.WriteU64(P, P1); m.WriteU64(P + 8, P2);
            PrecompileDispatch.Execute(addOp, 0, P, 0, m);
            Assert.Equal(F.Add(c, two.Item1, two.Item2, gx, gy), GetPoint(m, P1, c));
            Assert.Equal((gx, gy), GetPoint(m, P2, c));          // p2 untouched
            PrecompileDispatch.CountAccesses(addOp, P, m, m);
            Assert.Equal((2 + 4 * c.Words, 2 * c.Words), (m.Reads, m.Writes));
            Assert.True(PrecompileDispatch.IsImplemented(addOp) && PrecompileDispatch.IsImplemented(dblOp));
        }
    }

    [Fact]
    public void DegeneratePointsFaultInsteadOfReturningGarbage()
    {
        var (c, gx, gy, _, _) = Generators[0];
        Assert.Contains("division by zero", Assert.Throws<EmulationFault>(() => F.Add(c, gx, gy, gx, gy)).Message);
        Assert.Contains("division by zero", Assert.Throws<EmulationFault>(() => F.Dbl(c, gx, 0)).Message);
    }

    [Fact]
    public void Fp2OperationsMatchComplexArithmetic()
    {
        var cases = new[] { (Opcode.Bn254ComplexAdd, Opcode.Bn254ComplexSub, Opcode.Bn254ComplexMul, F.Bn254), (Opcode.Bls12_381ComplexAdd, Opcode.Bls12_381ComplexSub, Opcode.Bls12_381ComplexMul, F.Bls12_381) };
        foreach (var (add, sub, mul, c) in cases)
        {
            Gen.Select(Gen.ULong, Gen.ULong, Gen.ULong, Gen.ULong).Sample((a0, a1, b0, b1) =>
            {
                BigInteger a = (BigInteger)a0 * a1 % c.P, b = (BigInteger)a1 * 977 % c.P, x = (BigInteger)b0 << 100, y = c.P - 1 - b1;
                foreach (var (op, re, im) in new[]
                {
                    (add, (a + x) % c.P, (b + y) % c.P),
                    (sub, ((a - x) % c.P + c.P) % c.P, ((b - y) % c.P + c.P) % c.P),
                    (mul, ((a * x - b * y) % c.P + c.P) % c.P, (a * y + b * x) % c.P),
                })
                {
                    var m = new WordMemory();
                    const ulong P = 0xA0100000, P1 = 0xA0100100, P2 = 0xA0100200;
                    PutPoint(m, P1, c, a, b); PutPoint(m, P2, c, x, y);
                    m.WriteU64(P, P1); m.WriteU64(P + 8, P2);
                    PrecompileDispatch.Execute(op, 0, P, 0, m);
                    Assert.Equal((re, im), GetPoint(m, P1, c));
                }
            }, iter: 50);
        }
    }

    [Fact]
    public void Arith384ModMatchesBigInteger()
    {
        Gen.Select(Gen.ULong.Array[6], Gen.ULong.Array[6], Gen.ULong.Array[6], Gen.ULong.Array[6]).Sample((a, b, c, mod) =>
        {
            if (BigInt256.ToBig(mod).IsZero) return;
            var m = new WordMemory();
            const ulong P = 0xA0100000;
            ulong[] ptrs = [0xA0100100, 0xA0100200, 0xA0100300, 0xA0100400, 0xA0100500];
            for (int i = 0; i < 5; i++) m.WriteU64(P + 8 * (ulong)i, ptrs[i]);
            foreach (var (arr, at) in new[] { (a, ptrs[0]), (b, ptrs[1]), (c, ptrs[2]), (mod, ptrs[3]) })
                for (int i = 0; i < 6; i++) m.WriteU64(at + 8 * (ulong)i, arr[i]);
            PrecompileDispatch.Execute(Opcode.Arith384Mod, 0, P, 0, m);
            var d = Enumerable.Range(0, 6).Select(i => m.ReadU64(ptrs[4] + 8 * (ulong)i)).ToArray();
            Assert.Equal((BigInt256.ToBig(a) * BigInt256.ToBig(b) + BigInt256.ToBig(c)) % BigInt256.ToBig(mod), BigInt256.ToBig(d));
            PrecompileDispatch.CountAccesses(Opcode.Arith384Mod, P, m, m);
            Assert.Equal((5 + 4 * 6, 6), (m.Reads, m.Writes));
        }, iter: 200);
    }
}
