using System.Numerics;
using System.Security.Cryptography;
using CsCheck;
using ZiskLlc.Emulator.Precompiles;
using ZiskLlc.Isa;

namespace ZiskLlc.Emulator.Tests;

/// <summary>The precompiles against independent implementations (.NET's SHA-256 and SHA3-256,
/// BigInteger), and their memory layout, alignment faults and counted accesses (§3.2–3.3, §8.6).</summary>
public class PrecompileTests
{
    /// <summary>A sparse word memory for driving the precompiles directly.</summary>
    sealed class WordMemory : IPrecompileMemory, IMemoryAccessSink
    {
        readonly Dictionary<ulong, ulong> _words = new();
        public List<(bool write, ulong addr)> Counted { get; } = new();
        public ulong ReadU64(ulong address) { Assert.Equal(0UL, address & 7); return _words.GetValueOrDefault(address); }
        public void WriteU64(ulong address, ulong value) { Assert.Equal(0UL, address & 7); _words[address] = value; }
        public void Read(ulong address, int width) { Assert.Equal(8, width); Counted.Add((false, address)); }
        public void Write(ulong address, int width, ulong value) { Assert.Equal(8, width); Counted.Add((true, address)); }
        public void Put(ulong addr, ReadOnlySpan<ulong> words) { for (int i = 0; i < words.Length; i++) WriteU64(addr + 8 * (ulong)i, words[i]); }
        public ulong[] Get(ulong addr, int n) => Enumerable.Range(0, n).Select(i => ReadU64(addr + 8 * (ulong)i)).ToArray();
    }

    [Fact]
    public void KeccakOfZeroStateHasTheKnownFirstLane()
    {
        var s = new ulong[25];
        KeccakF.Permute(s);
        Assert.Equal(0xf1258f7940e1dde7UL, s[0]);
    }

    /// <summary>SHA3-256 as a sponge (rate 136 bytes, padding 0x06…0x80) over our permutation, run
    /// through the precompile's memory layout, equals .NET's SHA3-256.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(135)]
    [InlineData(136)]
    [InlineData(137)]
    [InlineData(1000)]
    public void KeccakPrecompileDrivesSha3(int length)
    {
        Assert.True(SHA3_256.IsSupported, "the test machine's OpenSSL must support SHA3-256");
        var msg = Enumerable.Range(0, length).Select(i => (byte)(i * 7 + 3)).ToArray();
        var padded = new byte[(length / 136 + 1) * 136];
        msg.CopyTo(padded, 0);
        padded[length] ^= 0x06;
        padded[^1] ^= 0x80;
        var mem = new WordMemory();
        const ulong P = 0xA0100000;
        var state = new ulong[25];
        for (int off = 0; off < padded.Length; off += 136)
        {
            for (int i = 0; i < 17; i++) state[i] ^= BitConverter.ToUInt64(padded, off + 8 * i);
            mem.Put(P, state);
            Assert.Equal(0UL, PrecompileDispatch.Execute(Opcode.Keccak, 0, P, 0, mem));
            state = mem.Get(P, 25);
        }
        var digest = state.Take(4).SelectMany(BitConverter.GetBytes).ToArray();
        Assert.Equal(SHA3_256.HashData(msg), digest);
    }

    /// <summary>SHA-256 by Merkle–Damgård over the precompile (state and block pointers in a
    /// parameter block) equals .NET's SHA-256.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(55)]
    [InlineData(56)]
    [InlineData(64)]
    [InlineData(1000)]
    public void Sha256PrecompileDrivesSha256(int length)
    {
        var msg = Enumerable.Range(0, length).Select(i => (byte)(i * 13 + 1)).ToArray();
        int total = (length + 9 + 63) / 64 * 64;
        var padded = new byte[total];
        msg.CopyTo(padded, 0);
        padded[length] = 0x80;
        BitConverter.TryWriteBytes(padded.AsSpan(total - 8), BinaryPrimitivesReverse((ulong)length * 8));
        var mem = new WordMemory();
        const ulong P = 0xA0100000, S = 0xA0100100, B = 0xA0100200;
        mem.Put(P, [S, B]);
        var h = Sha256Compression.InitialState;
        mem.Put(S, [h[0] | (ulong)h[1] << 32, h[2] | (ulong)h[3] << 32, h[4] | (ulong)h[5] << 32, h[6] | (ulong)h[7] << 32]);
        for (int off = 0; off < total; off += 64)
        {
            mem.Put(B, Enumerable.Range(0, 8).Select(i => BitConverter.ToUInt64(padded, off + 8 * i)).ToArray());
            Assert.Equal(0UL, PrecompileDispatch.Execute(Opcode.Sha256, 0, P, 0, mem));
        }
        // The state words are little-endian u32 in memory; the digest is each word big-endian.
        var words = mem.Get(S, 4).SelectMany(w => new[] { (uint)w, (uint)(w >> 32) });
        var digest = words.SelectMany(w => BitConverter.GetBytes(w).Reverse()).ToArray();
        Assert.Equal(SHA256.HashData(msg), digest);
    }

    static ulong BinaryPrimitivesReverse(ulong v) => System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(v);

    static readonly Gen<ulong[]> Gen256 = Gen.Select(Gen.ULong, Gen.ULong, Gen.ULong, Gen.ULong, Gen.Int[0, 3],
        (a, b, c, d, shape) => shape switch
        {
            0 => new[] { a, b, c, d },
            1 => new[] { ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue },
            2 => new[] { a & 0xff, 0UL, 0UL, 0UL },
            _ => new[] { a, 0UL, c, ulong.MaxValue },
        });

    static BigInteger Big(ulong[] w) => BigInt256.ToBig(w);
    static readonly BigInteger Two256 = BigInteger.One << 256;

    [Fact]
    public void Add256MatchesBigInteger()
    {
        Gen.Select(Gen256, Gen256, Gen.Int[0, 1]).Sample((x, y, cin) =>
        {
            var mem = new WordMemory();
            const ulong P = 0xA0100000, A = 0xA0100100, B = 0xA0100200, C = 0xA0100300;
            mem.Put(P, [A, B, (ulong)cin, C]);
            mem.Put(A, x);
            mem.Put(B, y);
            ulong carry = PrecompileDispatch.Execute(Opcode.Add256, 0, P, 0, mem);
            var sum = Big(x) + Big(y) + cin;
            Assert.Equal(sum % Two256, Big(mem.Get(C, 4)));
            Assert.Equal(sum >= Two256 ? 1UL : 0UL, carry);
        }, iter: 300);
    }

    [Fact]
    public void Arith256AndArith256ModMatchBigInteger()
    {
        Gen.Select(Gen256, Gen256, Gen256, Gen256).Sample((x, y, z, m) =>
        {
            var mem = new WordMemory();
            const ulong P = 0xA0100000, A = 0xA0100100, B = 0xA0100200, C = 0xA0100300, DL = 0xA0100400, DH = 0xA0100500, M = 0xA0100600, D = 0xA0100700;
            mem.Put(A, x); mem.Put(B, y); mem.Put(C, z); mem.Put(M, m);
            mem.Put(P, [A, B, C, DL, DH]);
            PrecompileDispatch.Execute(Opcode.Arith256, 0, P, 0, mem);
            var r = Big(x) * Big(y) + Big(z);
            Assert.Equal(r % Two256, Big(mem.Get(DL, 4)));
            Assert.Equal(r / Two256, Big(mem.Get(DH, 4)));
            if (Big(m).IsZero) return;
            mem.Put(P, [A, B, C, M, D]);
            PrecompileDispatch.Execute(Opcode.Arith256Mod, 0, P, 0, mem);
            Assert.Equal(r % Big(m), Big(mem.Get(D, 4)));
        }, iter: 300);
    }

    [Fact]
    public void MisalignedPointersFault()
    {
        var mem = new WordMemory();
        Assert.Contains("not aligned", Assert.Throws<EmulationFault>(() => PrecompileDispatch.Execute(Opcode.Keccak, 0, 0xA0100004, 0, mem)).Message);
        Assert.Contains("not aligned", Assert.Throws<EmulationFault>(() => PrecompileDispatch.Execute(Opcode.Sha256, 0, 0xA0100001, 0, mem)).Message);
        mem.Put(0xA0100000, [0xA0100103, 0xA0100200]);   // state pointer misaligned
        Assert.Contains("address_0", Assert.Throws<EmulationFault>(() => PrecompileDispatch.Execute(Opcode.Sha256, 0, 0xA0100000, 0, mem)).Message);
        // add256's cin (parameter 2) is a direct value: an odd cin is no alignment fault.
        mem.Put(0xA0100000, [0xA0100100, 0xA0100200, 1, 0xA0100300]);
        PrecompileDispatch.Execute(Opcode.Add256, 0, 0xA0100000, 0, mem);
    }

    [Fact]
    public void UnimplementedPrecompilesFaultClearly()
    {
        var e = Assert.Throws<EmulationFault>(() => PrecompileDispatch.Execute(Opcode.Poseidon2, 0, 0xA0100000, 0, new WordMemory()));
        Assert.Equal("precompile poseidon2 is not supported", e.Message);
        Assert.False(PrecompileDispatch.IsImplemented(Opcode.Poseidon2));
        Assert.True(PrecompileDispatch.IsImplemented(Opcode.Arith256Mod));
    }

    /// <summary>§8.6: exactly which aligned words the statistics count, worked by hand.</summary>
    [Fact]
    public void CountedAccessesFollowSpec86()
    {
        var mem = new WordMemory();
        const ulong P = 0xA0100000;
        mem.Put(P, [0xA0200000, 0xA0300000, 1, 0xA0400000, 0xA0500000]);

        PrecompileDispatch.CountAccesses(Opcode.Keccak, P, mem, mem);
        Assert.Empty(mem.Counted);

        PrecompileDispatch.CountAccesses(Opcode.Sha256, P, mem, mem);
        Assert.Equal(Seq((false, P, 2), (false, 0xA0200000, 4), (false, 0xA0300000, 8), (true, 0xA0200000, 4)), mem.Counted);
        mem.Counted.Clear();

        PrecompileDispatch.CountAccesses(Opcode.Add256, P, mem, mem);
        Assert.Equal(Seq((false, P, 4), (false, 0xA0200000, 4), (false, 0xA0300000, 4), (true, 0xA0400000, 4)), mem.Counted);
        mem.Counted.Clear();

        mem.Put(P, [0xA0200000, 0xA0300000, 0xA0600000, 0xA0400000, 0xA0500000]);
        PrecompileDispatch.CountAccesses(Opcode.Arith256, P, mem, mem);
        Assert.Equal(Seq((false, P, 5), (false, 0xA0200000, 4), (false, 0xA0300000, 4), (false, 0xA0600000, 4), (true, 0xA0400000, 4), (true, 0xA0500000, 4)), mem.Counted);
        mem.Counted.Clear();

        PrecompileDispatch.CountAccesses(Opcode.Arith256Mod, P, mem, mem);
        Assert.Equal(Seq((false, P, 5), (false, 0xA0200000, 4), (false, 0xA0300000, 4), (false, 0xA0600000, 4), (false, 0xA0400000, 4), (true, 0xA0500000, 4)), mem.Counted);
    }

    static List<(bool, ulong)> Seq(params (bool write, ulong addr, int words)[] runs) =>
        runs.SelectMany(r => Enumerable.Range(0, r.words).Select(i => (r.write, r.addr + 8 * (ulong)i))).ToList();
}
