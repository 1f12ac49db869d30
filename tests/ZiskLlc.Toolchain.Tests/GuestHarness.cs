using ZiskLlc.Emulator;
using ZiskLlc.Riscv;
using ZiskLlc.TestSupport;
using ZiskLlc.Toolchain;

namespace ZiskLlc.Toolchain.Tests;

/// <summary>Builds small C guests through the classic route (clang-22 → IR → build-elf) and runs them
/// on the emulator, the way a user of the guest ABI would.</summary>
static class GuestHarness
{
    /// <summary>clang flags of guest ABI §1.</summary>
    static readonly string[] CFlags =
    [
        "--target=riscv64-unknown-elf", "-march=rv64ima", "-mabi=lp64", "-mcmodel=medany", "-fno-pic", "-O2",
        "-ffreestanding", "-nostdlib", "-c", "-emit-llvm",
    ];

    /// <summary>A fresh temporary folder, deleted by the caller's using.</summary>
    public sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("zisk-llc-test-").FullName;
        public string File(string name) => System.IO.Path.Combine(Path, name);
        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    /// <summary>Compiles C source to LLVM bitcode (the include path has zisk.h).</summary>
    public static string CompileC(TempDir dir, string source, string name = "prog")
    {
        var c = dir.File(name + ".c");
        File.WriteAllText(c, source);
        var bc = dir.File(name + ".bc");
        ExternalTools.Run(ExternalTools.Find("clang"),
            [.. CFlags, "-I" + System.IO.Path.Combine(TestPaths.RepoRoot, "runtime", "include"), c, "-o", bc], "compiling the test guest");
        return bc;
    }

    /// <summary>IR → ELF (build-elf) → ROM (transpiler, no float library) → run.</summary>
    public static RunResult BuildAndRun(TempDir dir, string irPath, byte[]? input = null, bool statistics = false)
    {
        var elf = dir.File(System.IO.Path.GetFileNameWithoutExtension(irPath) + ".elf");
        ElfBuilder.Build([irPath], elf);
        var program = ElfTranspiler.Transpile(elf, new TranspileOptions());
        return ZiskEmulator.Run(program, new EmulatorOptions { Input = input ?? new byte[8], Statistics = statistics });
    }

    /// <summary>C source → run.</summary>
    public static RunResult RunC(string source, byte[]? input = null)
    {
        using var dir = new TempDir();
        return BuildAndRun(dir, CompileC(dir, source), input);
    }
}
