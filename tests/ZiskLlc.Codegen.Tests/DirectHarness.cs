using System.Diagnostics;
using ZiskLlc.Codegen;
using ZiskLlc.Emulator;
using ZiskLlc.Rom;
using ZiskLlc.TestSupport;
using ZiskLlc.Toolchain;

namespace ZiskLlc.Codegen.Tests;

/// <summary>Compiles through the direct route with the allocation checker on, and insists that every
/// emitted ROM passes the ROM validator (spec §9.3, W-op immediates strictly) before it is run, and
/// runs with the emulator's W-operand check on (the direct route guarantees §9.3's rule; riscv2zisk does not).</summary>
static class DirectHarness
{
    public static ZiskProgram Compile(params string[] inputs)
    {
        var r = DirectRoute.Compile(inputs, new CompileOptions { CheckAllocation = true });
        var errors = RomValidator.Validate(r.Program).Where(v => v.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 0, "validator: " + string.Join("; ", errors.Take(5)));
        return r.Program;
    }

    public static RunResult Run(ZiskProgram p, byte[]? input = null) =>
        ZiskEmulator.Run(p, new EmulatorOptions { Input = input ?? [], Statistics = true, MaxSteps = 500_000_000 });

    /// <summary>A C file of tests/…/programs compiled to IR with the guest ABI flags (guest ABI §1).</summary>
    public static string CProgram(string dir, string file, string opt = "-O2")
    {
        var src = Path.Combine(AppContext.BaseDirectory, "programs", file);
        var bc = Path.Combine(dir, Path.GetFileNameWithoutExtension(file) + opt + ".bc");
        Clang(["--target=riscv64-unknown-elf", "-march=rv64ima", "-mabi=lp64", "-mcmodel=medany", "-fno-pic", opt,
            "-ffreestanding", "-nostdlib", "-I" + Path.Combine(TestPaths.RepoRoot, "runtime", "include"), "-c", "-emit-llvm", src, "-o", bc]);
        return bc;
    }

    /// <summary>Builds a program of programs/ natively for the host with <paramref name="flags"/> and
    /// returns what it prints.</summary>
    public static string HostProgram(string dir, string file, string[] flags)
    {
        var src = Path.Combine(AppContext.BaseDirectory, "programs", file);
        var exe = Path.Combine(dir, Path.GetFileNameWithoutExtension(file) + ".host");
        Clang([.. flags, src, "-o", exe, "-lm"]);
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true };
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode >= 0, $"{file} built for the host failed");
        return output;
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

    public sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("zisk-llc-codegen-test-").FullName;
        public void Dispose() { try { Directory.Delete(Path, true); } catch (IOException) { } }
    }
}
