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

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 8)];

    /// <summary>More random batches on request, with CsCheck's shrinking (off by default: 0 iterations).</summary>
    [Fact]
    public void Explore_more_random_batches()
    {
        long iter = long.TryParse(Environment.GetEnvironmentVariable("ZISK_LLC_PROP_ITER"), out var n) ? n : 0;
        if (iter == 0) { Assert.Equal(48, Batch); return; }
        BatchWords.Sample(Assert1, iter: iter, threads: 1);
    }
}
