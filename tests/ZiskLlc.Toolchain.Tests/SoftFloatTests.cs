using System.Diagnostics;
using System.Text.RegularExpressions;
using ZiskLlc.Codegen.Lower;
using ZiskLlc.TestSupport;

namespace ZiskLlc.Toolchain.Tests;

/// <summary>runtime/riscv/softfloat.c, the soft float both routes link: bit-exact against the host's
/// hardware IEEE 754 arithmetic, integer code only, and defining every function the direct route's
/// lowering (FloatRuntime) calls.</summary>
public class SoftFloatTests
{
    static readonly string Source = Path.Combine(TestPaths.RepoRoot, "runtime", "riscv", "softfloat.c");

    /// <summary>softfloat.c built natively (renamed host_*) against x86-64 SSE2 on 300,000 iterations of
    /// every operation (about 15 million checks: edge-biased random operands, tests/…/softfloat/host_check.c).</summary>
    [Fact]
    public void MatchesTheHostHardwareBitForBit()
    {
        using var dir = new GuestHarness.TempDir();
        var exe = dir.File("host_check");
        var driver = Path.Combine(TestPaths.RepoRoot, "tests", "ZiskLlc.Toolchain.Tests", "softfloat", "host_check.c");
        ExternalTools.Run(ExternalTools.Find("clang"), ["-O2", "-ffp-contract=off", "-I" + Path.GetDirectoryName(Source), driver, "-o", exe, "-lm"], "compiling host_check.c");
        var psi = new ProcessStartInfo(exe, ["300000", "1"]) { RedirectStandardOutput = true };
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, output);
        var m = Regex.Match(output, @"checks (\d+) failures 0");
        Assert.True(m.Success, output);
        Assert.True(long.Parse(m.Groups[1].Value) > 10_000_000, output);
    }

    /// <summary>The functions the direct route's lowering may call.</summary>
    static IEnumerable<string> LoweringCallees()
    {
        foreach (var s in new[] { "sf", "df" })
        {
            foreach (var op in new[] { Llvm.IrOpcode.FAdd, Llvm.IrOpcode.FSub, Llvm.IrOpcode.FMul, Llvm.IrOpcode.FDiv })
                yield return FloatRuntime.Arith(op, s);
            yield return FloatRuntime.Compare(s);
            yield return FloatRuntime.Class(s);
            yield return FloatRuntime.Powi(s);
            foreach (bool signed in new[] { true, false })
            {
                foreach (int w in new[] { 1, 8, 16, 32, 33, 64, 100, 128 })
                {
                    yield return FloatRuntime.ToInt(signed, w, s, saturating: false)!;
                    if (FloatRuntime.ToInt(signed, w, s, saturating: true) is { } sat) yield return sat;
                    yield return FloatRuntime.FromInt(signed, w, s)!;
                }
            }
        }
        yield return FloatRuntime.Extend;
        yield return FloatRuntime.Truncate;
    }

    /// <summary>Compiled as the classic route compiles it, and to IR as the direct route does, it calls
    /// nothing (no libcall, so no call of itself) and has no floating-point operation at all (LLVM
    /// would turn one into a call of this very file); it defines every function both routes call,
    /// libgcc's comparison family included, and the exactly specified C library functions, weakly.</summary>
    [Fact]
    public void IsIntegerCodeThatDefinesEveryCallee()
    {
        using var dir = new GuestHarness.TempDir();
        var clang = ExternalTools.Find("clang");
        var nm = ExternalTools.Find("llvm-nm");
        var obj = dir.File("softfloat.o");
        ExternalTools.Run(clang, [.. ElfBuilder.RuntimeCFlags, Source, "-o", obj], "compiling");
        Assert.Equal("", ExternalTools.Run(nm, ["-u", obj], "listing").Trim());
        var defined = ExternalTools.Run(nm, ["--defined-only", "-g", obj], "listing");
        var libgcc = new[] { "eq", "ne", "lt", "le", "ge", "gt", "unord", "cmp" }.SelectMany(p => new[] { $"__{p}sf2", $"__{p}df2" })
            .Concat(["__negsf2", "__negdf2", "__fixsfti", "__fixunsdfti", "__floattisf", "__floatunsisf", "__floatsidf"]);
        foreach (var f in LoweringCallees().Concat(libgcc).Distinct())
            Assert.Matches($@" T {Regex.Escape(f)}\b", defined);
        // The C library functions: weak, so that a program's own definition wins.
        foreach (var f in FloatRuntime.ProvidedLibraryFunctions)
            Assert.Matches($@" W {Regex.Escape(f)}\b", defined);
        var ll = dir.File("softfloat.ll");
        ExternalTools.Run(clang, [.. ElfBuilder.RuntimeCFlags, "-S", "-emit-llvm", Source, "-o", ll], "compiling to IR");
        var text = File.ReadAllText(ll);
        Assert.DoesNotMatch(@"= (fadd|fsub|fmul|fdiv|frem|fneg|fcmp|fptosi|fptoui|sitofp|uitofp|fpext|fptrunc) |@llvm\.(fabs|copysign|is\.fpclass|fma|fmuladd)", text);
    }
}

/// <summary>The direct route's cache of runtime modules: built once per key, then read.</summary>
public class RuntimeModuleCacheTests
{
    [Fact]
    public void BuildsOnceThenReadsTheCachedModule()
    {
        using var dir = new GuestHarness.TempDir();
        var cache = dir.File("cache");
        Directory.CreateDirectory(cache);
        var runtime = GuestRuntime.Locate();
        var first = RuntimeModules.Bitcode(runtime, FloatRuntime.Source, Llvm.ZiskPipeline.Name, dir.Path, cache);
        Assert.StartsWith(cache, first);
        var written = File.GetLastWriteTimeUtc(first);
        var again = RuntimeModules.Bitcode(runtime, FloatRuntime.Source, Llvm.ZiskPipeline.Name, dir.Path, cache);
        Assert.Equal(first, again);
        Assert.Equal(written, File.GetLastWriteTimeUtc(again));
        // Another pipeline is another module; nothing half-written is left behind.
        var none = RuntimeModules.Bitcode(runtime, FloatRuntime.Source, Llvm.ZiskPipeline.None, dir.Path, cache);
        Assert.NotEqual(first, none);
        Assert.Equal(2, Directory.GetFiles(cache).Length);
        using var s = Llvm.IrReader.Read([first]);
        Assert.Contains(s.Module.Functions, f => f.Name == "__adddf3" && !f.IsDeclaration);
    }
}
