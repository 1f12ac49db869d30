using ZiskLlc.Emulator.Precompiles;
using ZiskLlc.Isa;

namespace ZiskLlc.Emulator.Tests;

/// <summary>The blake2 round precompile: a whole BLAKE2b-512 built from twelve precompile calls gives
/// RFC 7693's test vector; the parameter layout and the counted-access quirk of §8.6.</summary>
public class PrecompileBlake2Tests
{
    sealed class WordMemory : IPrecompileMemory, IMemoryAccessSink
    {
        readonly Dictionary<ulong, ulong> _w = new();
        public List<(bool Write, ulong Addr)> Counted { get; } = new();
        public ulong ReadU64(ulong a) => _w.GetValueOrDefault(a);
        public void WriteU64(ulong a, ulong v) => _w[a] = v;
        public void Read(ulong address, int width) => Counted.Add((false, address));
        public void Write(ulong address, int width, ulong value) => Counted.Add((true, address));
    }

    static readonly ulong[] IV =
    [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];

    /// <summary>RFC 7693 Appendix A: BLAKE2b-512("abc").</summary>
    [Fact]
    public void TwelveRoundsGiveBlake2b512OfAbc()
    {
        var h = IV.ToArray();
        h[0] ^= 0x01010040;                                        // digest 64 bytes, no key
        var mem = new WordMemory();
        const ulong P = 0xA0100000, V = 0xA0100100, M = 0xA0100200;
        var v = new ulong[16];
        h.CopyTo(v, 0); IV.CopyTo(v, 8);
        v[12] ^= 3;                                                // t = 3 bytes
        v[14] ^= ulong.MaxValue;                                   // last block
        var block = new byte[128];
        "abc"u8.CopyTo(block);
        for (int i = 0; i < 16; i++) { mem.WriteU64(V + 8 * (ulong)i, v[i]); mem.WriteU64(M + 8 * (ulong)i, BitConverter.ToUInt64(block, 8 * i)); }
        for (ulong round = 0; round < 12; round++)
        {
            mem.WriteU64(P, round); mem.WriteU64(P + 8, V); mem.WriteU64(P + 16, M);
            Assert.Equal(0UL, PrecompileDispatch.Execute(Opcode.Blake2, 0, P, 0, mem));
        }
        for (int i = 0; i < 8; i++) h[i] ^= mem.ReadU64(V + 8 * (ulong)i) ^ mem.ReadU64(V + 8 * (ulong)(i + 8));
        var digest = Convert.ToHexStringLower(h.SelectMany(BitConverter.GetBytes).ToArray());
        Assert.Equal("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1" +
                     "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923", digest);
    }

    [Fact]
    public void RoundIndexIsADirectValueAndAccessesFollowTheQuirk()
    {
        var mem = new WordMemory();
        const ulong P = 0xA0100000, V = 0xA0100100, M = 0xA0100200;
        mem.WriteU64(P, 7); mem.WriteU64(P + 8, V); mem.WriteU64(P + 16, M);   // an odd round index is no alignment fault
        PrecompileDispatch.Execute(Opcode.Blake2, 0, P, 0, mem);
        PrecompileDispatch.CountAccesses(Opcode.Blake2, P, mem, mem);
        var expected = new List<(bool, ulong)> { (false, P), (false, P + 8) };
        for (ulong i = 0; i < 4; i++) expected.Add((false, 7 + 8 * i));       // "state" read at the round index
        for (ulong i = 0; i < 8; i++) expected.Add((false, V + 8 * i));
        for (ulong i = 0; i < 4; i++) expected.Add((true, 7 + 8 * i));
        Assert.Equal(expected, mem.Counted);
        mem.WriteU64(P + 8, V + 4);
        Assert.Contains("address_1", Assert.Throws<EmulationFault>(() => PrecompileDispatch.Execute(Opcode.Blake2, 0, P, 0, mem)).Message);
    }
}
