using CsCheck;
using ZiskLlc.Codegen.Tests.Props;

namespace ZiskLlc.Codegen.Tests;

/// <summary>
/// Issue 9 item 2: operation-level property tests of the direct route. Random small LLVM IR
/// operations over i1 … i128 (every integer binary op with its flags, icmp, select, casts, the
/// integer intrinsics), operands as immediates, globals, garbage-carrying truncs, wrapping adds and
/// parameters, results written zero- or sign-extended, are compiled, run and compared with
/// <see cref="Ref"/> (model in Props/). Cases are decoded from CsCheck-generated choice words, so a
/// failure shrinks to a simple case. The default run is deterministic (fixed seeds, one batch of
/// cases per compile); ZISK_LLC_PROP_ITER=N runs N more random batches (CsCheck prints a failing
/// seed; CsCheck_Seed=… reproduces it).
/// </summary>
public class OperationPropertyTests
{
    const int Words = 40, Batch = 48;
    static readonly Gen<uint[]> CaseWords = Gen.UInt.Array[Words];
    static readonly Gen<uint[][]> BatchWords = CaseWords.Array[1, Batch];

    static void Assert1(uint[][] batch)
    {
        var cases = batch.Select(OpCaseDecoder.Decode).ToList();
        if (OpRunner.Check(cases) is { } msg) throw new Xunit.Sdk.XunitException(msg);
    }

    /// <summary>Fixed seeds: the same batches on every run.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_operations_match_the_reference(int seed)
    {
        var pcg = new PCG((uint)seed, (ulong)seed * 0x9E3779B97F4A7C15UL);
        for (int b = 0; b < 4; b++)
        {
            var batch = Enumerable.Range(0, Batch).Select(_ => CaseWords.Generate(pcg, null, out Size _)).ToArray();
            Assert1(batch);
        }
    }

    /// <summary>Seeds 1…8, or 1…N with ZISK_LLC_PROP_SEEDS=N (a longer hunt).</summary>
    public static TheoryData<int> Seeds() =>
        [.. Enumerable.Range(1, int.TryParse(Environment.GetEnvironmentVariable("ZISK_LLC_PROP_SEEDS"), out var n) && n > 0 ? n : 8)];

    /// <summary>More random batches on request, with CsCheck's shrinking (off by default: 0 iterations).</summary>
    [Fact]
    public void Explore_more_random_batches()
    {
        long iter = long.TryParse(Environment.GetEnvironmentVariable("ZISK_LLC_PROP_ITER"), out var n) ? n : 0;
        if (iter == 0) { Assert.Equal(48, Batch); return; }
        BatchWords.Sample(Assert1, iter: iter, threads: 1);
    }

    static OpCase Case(string kind, string op, int w, Src[] srcs, params long[] args) => Case(kind, op, w, w, srcs, false, false, args);

    static OpCase Case(string kind, string op, int w, int rw, Src[] srcs, bool ret, bool sext, params long[] args) =>
        new(kind, op, w, rw, "", [.. args.Select((a, j) => (System.Numerics.BigInteger)a & Ref.Mask(kind == "select" && j == 0 ? 1 : w))], srcs,
            [.. args.Select(_ => (System.Numerics.BigInteger)0x5a5a_5a5a_5a5a_5a5aUL << 1 | 1)], Spill: false, ret, sext);

    /// <summary>Every bug the property tests found, reduced (see the fix named with each).</summary>
    public static TheoryData<string, OpCase> Regressions() => new()
    {
        // SwapWord: the pairwise swaps only reverse power-of-two widths.
        { "bitreverse i17", Case("un", "bitreverse", 17, [Src.Imm], 131058) },
        { "bitreverse i40", Case("un", "bitreverse", 40, 40, [Src.Arg], true, false, 1L << 39) },
        { "bswap i48", Case("un", "bswap", 48, 48, [Src.Arg], false, true, 281474976710645) },
        // Funnel: a constant amount is sign-extended; it was taken mod w unmasked.
        { "fshl i3 by 7", Case("fsh", "fshl", 3, [Src.Arg, Src.Wrap, Src.Imm], 1, 0, 7) },
        { "fshl i15 by 32766", Case("fsh", "fshl", 15, [Src.Load, Src.Trunc, Src.Imm], 14, 87, 32766) },
        { "fshr i63 by 2^62", Case("fsh", "fshr", 63, [Src.Imm, Src.Load, Src.Imm], -15, 1L << 62, (1L << 62) + 5) },
        // ExtensionAnalysis: cttz/ctlz/ctpop of i2 can be 2, which is not sign-extended.
        { "cttz i2 of 0, sext", Case("un", "cttz", 2, 2, [Src.Wrap], false, true, 0) },
        { "ctpop i2 of 3, sext", Case("un", "ctpop", 2, 2, [Src.Trunc], true, true, 3) },
    };

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Regression(string name, OpCase c)
    {
        var m = OpRunner.Check([c]);
        Assert.True(m is null, $"{name}: {m}");
    }
}
