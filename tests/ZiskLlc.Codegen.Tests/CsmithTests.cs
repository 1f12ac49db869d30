using System.Diagnostics;
using System.Text.RegularExpressions;
using ZiskLlc.Cli.Commands;
using ZiskLlc.Emulator;
using ZiskLlc.TestSupport;
using ZiskLlc.Toolchain;

namespace ZiskLlc.Codegen.Tests;

/// <summary>Issue 9 §1, the CI subset of differential fuzzing: 50 fixed Csmith programs
/// (csmith/*.c, committed because Csmith's output for a seed changes between versions; regenerate
/// with tools/csmith-ci.py), each built at the optimisation level in its name (-O0/-O1/-O2/-Os in
/// rotation) with tools/csmith/csmith.h as its runtime header, run through both routes: results
/// must be identical and stdout must be the checksum line the native x86-64 build printed (the
/// file's first line). tools/fuzz.py is the open-ended version.</summary>
public class CsmithTests
{
    static string Dir => Path.Combine(AppContext.BaseDirectory, "csmith");

    public static TheoryData<string> Programs()
    {
        var d = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Dir, "*.c").Select(Path.GetFileName).Order(StringComparer.Ordinal)) d.Add(f!);
        return d;
    }

    [Fact]
    public void TheSubsetIsComplete() => Assert.Equal(50, Programs().Count);

    [Theory]
    [MemberData(nameof(Programs))]
    public void BothRoutesAgreeWithTheHost(string file)
    {
        var src = Path.Combine(Dir, file);
        var opt = "-" + Regex.Match(file, @"-(O[0-2s])\.c$").Groups[1].Value;
        var expected = Regex.Match(File.ReadLines(src).First(), @"expected: (checksum = [0-9A-F]+) \*/").Groups[1].Value;
        Assert.StartsWith("checksum = ", expected);
        using var dir = new DirectHarness.TempDir();
        var bc = Path.Combine(dir.Path, "prog.bc");
        Clang(["--target=riscv64-unknown-elf", "-march=rv64ima", "-mabi=lp64", "-mcmodel=medany", "-fno-pic", opt,
            "-ffreestanding", "-nostdlib", "-w", "-I" + Path.Combine(TestPaths.RepoRoot, "tools", "csmith"),
            "-I" + Path.Combine(TestPaths.RepoRoot, "runtime", "include"), "-c", "-emit-llvm", src, "-o", bc]);
        DirectHarness.Compile(bc); // allocation checker and validator
        var c = Comparison.Run([bc], new EmulatorOptions { Statistics = true, MaxSteps = 50_000_000 });
        Assert.True(c.Classic.EndedOk, $"classic route: {c.Classic.End} {c.Classic.Message}");
        Assert.True(c.Match, c.Difference);
        Assert.Equal(expected + "\n", System.Text.Encoding.ASCII.GetString(c.Direct.Stdout));
    }

    static void Clang(string[] args)
    {
        var psi = new ProcessStartInfo(ExternalTools.Find("clang")) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, "clang failed: " + err);
    }
}
