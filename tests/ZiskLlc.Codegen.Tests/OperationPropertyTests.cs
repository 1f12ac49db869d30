using CsCheck;
using ZiskLlc.Codegen.Tests.Props;

namespace ZiskLlc.Codegen.Tests;

/// <summary>
/// Issue 9 item 2: operation-level property tests of the direct route. Random small LLVM IR
/// operations over i1 … i128 (every integer binary op with its flags, icmp, compare fused with select
/// and branch, select, casts, the integer intrinsics), operands as immediates, globals,
/// garbage-carrying truncs, wrapping adds, allocas, folded constants, extensions and shifts, and
/// parameters (with or without signext/zeroext), results post-processed, returned and written zero- or
/// sign-extended, are compiled, run (W-operand check on) and compared with <see cref="Ref"/> (model in
/// Props/). Cases are decoded from CsCheck-generated choice words; a failing case is shrunk by
/// lowering its words towards 0. The default run is deterministic (fixed PCG seeds, 48 cases per
/// compile); ZISK_LLC_PROP_SEEDS=N runs seeds 1…N, ZISK_LLC_PROP_ITER=N adds N random batches through
/// CsCheck's Sample (its shrinking; CsCheck_Seed=… replays a printed seed).
/// </summary>
public class OperationPropertyTests
{
    const int Words = 64, Batch = 48, BatchesPerSeed = 4;
    static readonly Gen<uint[]> CaseWords = Gen.UInt.Array[Words];
    static readonly Gen<uint[][]> BatchWords = CaseWords.Array[1, Batch];

    static void Assert1(uint[][] batch) => Assert1(batch, shrink: true);

    static void Assert1(uint[][] batch, bool shrink)
    {
        var cases = batch.Select(OpCaseDecoder.Decode).ToList();
        var (msg, failing) = OpRunner.Run(cases);
        if (msg is null) return;
        if (shrink)
        {
            int first = failing.Count > 0 ? failing[0]
                : Enumerable.Range(0, cases.Count).FirstOrDefault(k => OpRunner.Check([cases[k]], isolate: false) is not null, -1);
            if (first >= 0) msg += "\nshrunk: " + Shrink(batch[first]);
        }
        throw new Xunit.Sdk.XunitException(msg);
    }

    /// <summary>Greedy shrinking of one failing case's choice words (each towards 0, as CsCheck
    /// shrinks): the simplest case that still fails, with its program.</summary>
    static string Shrink(uint[] words)
    {
        static bool Fails(uint[] w) => OpRunner.Check([OpCaseDecoder.Decode(w)], isolate: false) is not null;
        var cur = (uint[])words.Clone();
        if (!Fails(cur)) return "(the case passes alone)";
        for (int pass = 0; pass < 2; pass++)
            for (int i = 0; i < cur.Length; i++)
                foreach (var cand in new[] { 0u, 1u, cur[i] / 2 })
                {
                    if (cand >= cur[i]) continue;
                    var t = (uint[])cur.Clone();
                    t[i] = cand;
                    if (Fails(t)) { cur = t; break; }
                }
        var c = OpCaseDecoder.Decode(cur);
        return $"{c}\n{OpRunner.Check([c], isolate: false)}\n{IrWriter.Write([c])}";
    }

    /// <summary>Fixed seeds: the same batches on every run. With ZISK_LLC_PROP_ITER=N, seed 1 also
    /// runs N random batches through CsCheck's Sample (random seeds, CsCheck's own shrinking; a
    /// failure prints a seed that CsCheck_Seed=… replays).</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_operations_match_the_reference(int seed)
    {
        var pcg = new PCG((uint)seed, (ulong)seed * 0x9E3779B97F4A7C15UL);
        for (int b = 0; b < BatchesPerSeed; b++)
        {
            var batch = Enumerable.Range(0, Batch).Select(_ => CaseWords.Generate(pcg, null, out Size _)).ToArray();
            Assert1(batch);
        }
        if (seed == 1 && long.TryParse(Environment.GetEnvironmentVariable("ZISK_LLC_PROP_ITER"), out var iter) && iter > 0)
            BatchWords.Sample(b => Assert1(b, shrink: false), iter: iter, threads: 1);
    }

    /// <summary>Seeds 1…24 (24 × 4 batches × 48 cases), or 1…N with ZISK_LLC_PROP_SEEDS=N (a longer hunt).</summary>
    public static TheoryData<int> Seeds() =>
        [.. Enumerable.Range(1, int.TryParse(Environment.GetEnvironmentVariable("ZISK_LLC_PROP_SEEDS"), out var n) && n > 0 ? n : 24)];

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

    /// <summary>Op1 folded two narrow constants to a zero-extended immediate while the extension
    /// analysis called the result sign-extended: a phi (or select) of it skipped the sign extension.</summary>
    [Theory]
    [InlineData("phi")]
    [InlineData("select")]
    public void Folded_narrow_constants_are_sign_extended(string use)
    {
        var join = use == "phi"
            ? "  br i1 %c, label %t, label %f\nt:\n  br label %j\nf:\n  br label %j\nj:\n  %p = phi i8 [ %a, %t ], [ 5, %f ]\n"
            : "  %p = select i1 %c, i8 %a, i8 5\n";
        var ir = "target datalayout = \"e-m:e-p:64:64-i64:64-i128:128-n32:64-S128\"\ntarget triple = \"riscv64-unknown-unknown-elf\"\n" +
            "@g = global i1 true\ndefine i32 @main() {\nentry:\n  %c = load i1, ptr @g\n  %a = add nsw i8 -3, 1\n" + join +
            "  %s = sext i8 %p to i32\n  ret i32 %s\n}\n";
        using var dir = new DirectHarness.TempDir();
        var path = Path.Combine(dir.Path, "fold.ll");
        File.WriteAllText(path, ir);
        var r = DirectHarness.Run(DirectHarness.Compile(path));
        Assert.True(r.EndedOk, r.Message);
        Assert.Equal(0xFFFF_FFFEu, r.Outputs[0]);
    }
}
